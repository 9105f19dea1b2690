#pragma once

#include <QString>

namespace bt::forms {

// Why a schema (or a code list) was rejected, and where: for staff, logs and --check-schema;
// never shown to citizens. Carries no form content beyond element names and schema codes.
struct SchemaError
{
    enum class Code
    {
        File_Unreadable,
        File_TooLarge,
        Xml_NotWellFormed,
        Xml_DtdNotAllowed,
        Message_UnknownNamespace,
        Message_UnknownRoot,
        Element_Unexpected,
        Element_Duplicate,
        Element_Missing,
        Value_Empty,
        Value_Invalid,
        Structure_TooDeep,
        // One field or group id+version defined twice with different content (names both places).
        Definition_Conflicting,
    };

    Code code = Code::Xml_NotWellFormed;
    QString file;
    qint64 line = 0;   // 1-based; 0 when the problem is not at a place in the file
    qint64 column = 0; // 1-based
    QString message;

    // "file:line:column: message", as compilers print it.
    [[nodiscard]] QString toString() const;
};

} // namespace bt::forms
