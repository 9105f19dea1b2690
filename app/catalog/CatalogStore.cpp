#include "CatalogStore.h"

#include "CatalogUpdate.h"
#include "Logging.h"

#include <QFile>

namespace bt::app {

CatalogStore::CatalogStore(QString installedPath, QString publicKey)
    : m_installedPath(std::move(installedPath))
    , m_publicKey(std::move(publicKey))
{}

std::optional<Catalog> CatalogStore::load(const OzgTaxonomy& taxonomy, QString* error) const
{
    std::optional<Catalog> shipped = Catalog::loadShipped(taxonomy, error);
    QFile file(m_installedPath);
    if (m_installedPath.isEmpty() || m_publicKey.isEmpty() || !file.exists()) {
        return shipped;
    }
    QString problem;
    std::optional<Catalog> installed;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else if (const std::optional<QByteArray> bytes = CatalogUpdate::open(file.readAll(), m_publicKey, &problem)) {
        installed = Catalog::parse(*bytes, taxonomy, &problem);
    }
    if (!installed) {
        qCCritical(lcAppCatalog).noquote() << "installed catalog update ignored:" << m_installedPath << problem;
        return shipped;
    }
    if (shipped && Catalog::compareVersions(shipped->catalogVersion(), installed->catalogVersion()) >= 0) {
        qCInfo(lcAppCatalog) << "the built-in catalog" << shipped->catalogVersion() << "is newer than the installed"
                             << installed->catalogVersion();
        return shipped;
    }
    qCInfo(lcAppCatalog) << "using the installed catalog" << installed->catalogVersion();
    return installed;
}

std::optional<Catalog>
CatalogStore::install(const QByteArray& updateFile, const OzgTaxonomy& taxonomy, QString* error) const
{
    const std::optional<Catalog> current = load(taxonomy, error);
    if (!current) {
        return std::nullopt;
    }
    return CatalogUpdate::install(updateFile, m_publicKey, taxonomy, *current, m_installedPath, error);
}

} // namespace bt::app
