#include "CommandSupport.h"

#include "BoundedFile.h"
#include "CatalogUpdate.h"
#include "ConfigError.h"

#include <cstdio>

namespace bt::app {

std::optional<QByteArray> readCommandLineFile(const QString& path)
{
    QString problem;
    std::optional<QByteArray> bytes = forms::readBoundedFile(path, CatalogUpdate::largestFile, &problem);
    if (!bytes) {
        std::printf("%s: %s\n", qPrintable(path), qPrintable(problem));
    }
    return bytes;
}

QStringList
startProblems(const std::vector<ConfigError>& configErrors, const QString& taxonomyError, const QString& catalogError)
{
    QStringList problems;
    for (const ConfigError& error : configErrors) {
        problems.append(error.toString());
    }
    for (const QString& error : {taxonomyError, catalogError}) {
        if (!error.isEmpty()) {
            problems.append(error);
        }
    }
    return problems;
}

} // namespace bt::app
