#include "CatalogStore.h"

#include "BoundedFile.h"
#include "CatalogUpdate.h"
#include "Logging.h"

#include <QFile>

namespace bt::app {

CatalogStore::CatalogStore(QString installedPath, QString publicKey)
    : m_installedPath(std::move(installedPath))
    , m_publicKey(std::move(publicKey))
{}

CatalogStore::Installed
CatalogStore::loadInstalled(const OzgTaxonomy& taxonomy, std::optional<Catalog>* catalog, Failure* problem) const
{
    if (m_installedPath.isEmpty() || !QFile::exists(m_installedPath)) {
        return Installed::None;
    }
    if (m_publicKey.isEmpty()) {
        qCInfo(lcAppCatalog).noquote() << "catalog updates are off (no [catalog] update_public_key);"
                                       << m_installedPath << "is not used";
        return Installed::None;
    }
    Failure why;
    QString unreadable;
    const std::optional<QByteArray> file =
        forms::readBoundedFile(m_installedPath, CatalogUpdate::largestFile, &unreadable);
    if (!file) {
        why = Failure(Failure::Code::Catalog_FileUnreadable, unreadable);
    } else if (const std::optional<QByteArray> bytes = CatalogUpdate::open(*file, m_publicKey, &why)) {
        *catalog = Catalog::parse(*bytes, taxonomy, &why);
    }
    if (*catalog) {
        return Installed::Valid;
    }
    *problem = Failure(why.code(),
                       QStringLiteral("installed catalog update %1 refused: %2. Install a correctly signed update with "
                                      "--install-catalog, or remove the file to use the built-in catalog")
                           .arg(m_installedPath, why.staffDetail()));
    return Installed::Refused;
}

std::optional<Catalog> CatalogStore::load(const OzgTaxonomy& taxonomy, Failure* failure) const
{
    std::optional<Catalog> installed;
    switch (loadInstalled(taxonomy, &installed, failure)) {
    case Installed::None:
        return Catalog::loadShipped(taxonomy, failure);
    case Installed::Refused:
        qCCritical(lcAppCatalog) << *failure;
        return std::nullopt;
    case Installed::Valid:
        break;
    }
    std::optional<Catalog> shipped = Catalog::loadShipped(taxonomy, failure);
    if (shipped && Catalog::compareVersions(shipped->catalogVersion(), installed->catalogVersion()) >= 0) {
        qCInfo(lcAppCatalog) << "the built-in catalog" << shipped->catalogVersion() << "is newer than the installed"
                             << installed->catalogVersion() << "and is used";
        return shipped;
    }
    qCInfo(lcAppCatalog) << "using the installed catalog" << installed->catalogVersion();
    return installed;
}

std::optional<Catalog>
CatalogStore::install(const QByteArray& updateFile, const OzgTaxonomy& taxonomy, Failure* failure) const
{
    std::optional<Catalog> current;
    Failure problem;
    if (loadInstalled(taxonomy, &current, &problem) == Installed::Refused) {
        qCWarning(lcAppCatalog) << "replacing a refused update:" << problem;
    }
    std::optional<Catalog> shipped = Catalog::loadShipped(taxonomy, failure);
    if (!shipped) {
        return std::nullopt;
    }
    if (!current || Catalog::compareVersions(shipped->catalogVersion(), current->catalogVersion()) >= 0) {
        current = std::move(shipped);
    }
    return CatalogUpdate::install(updateFile, m_publicKey, taxonomy, *current, m_installedPath, failure);
}

} // namespace bt::app
