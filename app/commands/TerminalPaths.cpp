#include "TerminalPaths.h"

#include "CatalogStore.h"
#include "TerminalConfig.h"

#include <QStandardPaths>

namespace bt::app {

QString searchIndexPath(const TerminalConfig& config)
{
    if (!config.searchIndexPath.isEmpty()) {
        return config.searchIndexPath;
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/search-index.sqlite");
}

QString draftsPath(const TerminalConfig& config)
{
    if (!config.draftsPath.isEmpty()) {
        return config.draftsPath;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts.sqlite");
}

CatalogStore catalogStore(const TerminalConfig& config)
{
    const QString installed =
        config.catalogUpdatePath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog-update.json")
            : config.catalogUpdatePath;
    return CatalogStore(installed, config.catalogUpdatePublicKey);
}

} // namespace bt::app
