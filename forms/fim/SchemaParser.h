#pragma once

#include "FormSchema.h"
#include "SchemaError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::forms {

class CodeListRegistry;

// Reads an XDatenfelder message (1.x, 2.0 or 3.0.0, told apart by the root's namespace) into a
// FormSchema: complete, or not at all with the first problem's file, line, column and what.
// Select fields get their values from codeLists when it has the list they name.
class SchemaParser
{
public:
    // Shipped schemas are well below this; a larger file is refused before parsing.
    static constexpr qint64 largestFile = 16 * 1024 * 1024;

    [[nodiscard]] static std::optional<FormSchema>
    parse(const QByteArray& xml, const QString& fileName, const CodeListRegistry* codeLists, SchemaError* error);
    [[nodiscard]] static std::optional<FormSchema>
    load(const QString& path, const CodeListRegistry* codeLists, SchemaError* error);
};

} // namespace bt::forms
