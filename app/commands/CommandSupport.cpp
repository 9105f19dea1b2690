#include "CommandSupport.h"

#include "BoundedFile.h"
#include "CatalogStore.h"
#include "CatalogUpdate.h"
#include "ConfigLoader.h"
#include "TerminalPaths.h"

#include <QFileInfo>

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

namespace {

QString operatorConfigPath(const QString& configured)
{
    if (!configured.isEmpty()) {
        return configured;
    }
    const QString systemPath = QString::fromLatin1(ConfigLoader::systemPath);
    return QFileInfo::exists(systemPath) ? systemPath : QString();
}

} // namespace

StartData::StartData(const QString& configPath)
{
    // In the body: the errors they fill are declared after them.
    config = ConfigLoader::load(operatorConfigPath(configPath), &m_configErrors);
    taxonomy = OzgTaxonomy::loadShipped(&m_taxonomyFailure);
}

bool StartData::loadCatalog()
{
    if (hasConfigAndTaxonomy()) {
        catalog = catalogStore(*config).load(*taxonomy, &m_catalogFailure);
    }
    return catalog.has_value();
}

QStringList StartData::problems() const
{
    QStringList problems;
    for (const ConfigError& error : m_configErrors) {
        problems.append(error.toString());
    }
    for (const Failure& failure : {m_taxonomyFailure, m_catalogFailure}) {
        if (const QString detail = failure.staffDetail(); !detail.isEmpty()) {
            problems.append(detail);
        }
    }
    return problems;
}

} // namespace bt::app
