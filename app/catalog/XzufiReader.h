#pragma once

#include "XzufiRecords.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::app {

// Reads an XZuFi 2.2.0 file (a bare <leistung>, or a message whose root holds <schreibe>
// objects) into records; docs/catalog-format.md lists the elements it reads. On malformed
// XML, a foreign namespace or a bad value it returns nullopt and "file:line:column: what".
class XzufiReader
{
public:
    static constexpr auto namespaceUri = "http://xoev.de/schemata/xzufi/2_2_0";

    [[nodiscard]] static std::optional<XzufiFile> read(const QByteArray& xml, const QString& fileName, QString* error);
};

} // namespace bt::app
