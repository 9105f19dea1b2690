#pragma once

#include "Failure.h"
#include "Logging.h"

#include <QFile>
#include <QString>

#include <optional>

namespace bt::app {

// Reads a data file built into the program and parses it; a problem is prefixed with the
// resource path and logged, since a broken built-in file is a defect of this build.
template <typename T, typename Parse>
[[nodiscard]] std::optional<T> loadShippedResource(const char* path, Failure* failure, Parse parse)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = Failure(Failure::Code::Catalog_ResourceMissing,
                           QStringLiteral("%1: missing from this build").arg(QLatin1StringView(path)));
        return std::nullopt;
    }
    std::optional<T> parsed = parse(file.readAll(), failure);
    if (!parsed) {
        failure->prependWhere(QLatin1StringView(path));
        qCCritical(lcAppCatalog) << *failure;
    }
    return parsed;
}

} // namespace bt::app
