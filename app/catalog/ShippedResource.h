#pragma once

#include "Logging.h"

#include <QFile>
#include <QString>

#include <optional>

namespace bt::app {

// Reads a data file built into the program and parses it; a problem is prefixed with the
// resource path and logged, since a broken built-in file is a defect of this build.
template <typename T, typename Parse>
[[nodiscard]] std::optional<T> loadShippedResource(const char* path, QString* error, Parse parse)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: missing from this build").arg(QLatin1StringView(path));
        return std::nullopt;
    }
    std::optional<T> parsed = parse(file.readAll(), error);
    if (!parsed) {
        error->prepend(QLatin1StringView(path) + QStringLiteral(": "));
        qCCritical(lcAppCatalog).noquote() << *error;
    }
    return parsed;
}

} // namespace bt::app
