#pragma once

#include "Failure.h"
#include "XzufiRecords.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::app {

// Reads an XZuFi 2.2.0 file (a bare <leistung>, or a message whose root holds <schreibe>
// objects) into records; docs/catalog-format.md lists the elements it reads. On malformed XML
// (Catalog_XzufiMalformed), a foreign namespace or a bad value (Catalog_XzufiInvalid) it returns
// nullopt and a failure whose detail is "file:line:column: what".
class XzufiReader
{
public:
    static constexpr auto namespaceUri = "http://xoev.de/schemata/xzufi/2_2_0";

    [[nodiscard]] static std::optional<XzufiFile>
    read(const QByteArray& xml, const QString& fileName, Failure* failure);
};

} // namespace bt::app
