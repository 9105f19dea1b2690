#pragma once

#include "CodeList.h"
#include "SchemaError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::forms {

// Reads an OASIS genericode 1.0 code list (the format of XRepository): Identification
// (CanonicalUri, Version, CanonicalVersionUri), the columns, and the rows of SimpleCodeList.
// The code is the column of the first key; the label is the first other column, or the column
// named by labelColumn (XDatenfelder 3.0.0 nameKey).
class GenericodeParser
{
public:
    static constexpr auto xmlNamespace = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

    [[nodiscard]] static std::optional<CodeList>
    parse(const QByteArray& xml, const QString& fileName, SchemaError* error, const QString& labelColumn = {});
};

} // namespace bt::forms
