#include "Catalog.h"
#include "CatalogStore.h"
#include "CatalogUpdate.h"
#include "CommandSupport.h"
#include "OzgTaxonomy.h"
#include "StaffCommands.h"
#include "TerminalConfig.h"


#include <cstdio>

namespace bt::app::commands {

// A catalog file, or a signed update (then its signature is checked with the configured key).
int checkCatalog(const QString& file, const TerminalConfig& config, const OzgTaxonomy& taxonomy)
{
    std::optional<QByteArray> bytes = readCommandLineFile(file);
    if (!bytes) {
        return 1;
    }
    Failure failure;
    if (bytes->contains("\"buergerterminal-catalog-update\"")) {
        bytes = CatalogUpdate::open(*bytes, config.catalogUpdatePublicKey, &failure);
        if (!bytes) {
            std::printf("%s: %s\n", qPrintable(file), qPrintable(failure.staffDetail()));
            return 1;
        }
        std::printf("%s: signature OK\n", qPrintable(file));
    }
    const std::optional<Catalog> catalog = Catalog::parse(*bytes, taxonomy, &failure);
    if (!catalog) {
        std::printf("%s: %s\n", qPrintable(file), qPrintable(failure.staffDetail()));
        return 1;
    }
    std::printf("%s: OK, catalog version %s, %zu services, %zu authorities\n",
                qPrintable(file),
                qPrintable(catalog->catalogVersion()),
                catalog->services().size(),
                catalog->authorities().size());
    return 0;
}

int installCatalog(const QString& file, const TerminalConfig& config, const OzgTaxonomy& taxonomy)
{
    const std::optional<QByteArray> bytes = readCommandLineFile(file);
    if (!bytes) {
        return 1;
    }
    const CatalogStore store = catalogStore(config);
    Failure failure;
    const std::optional<Catalog> installed = store.install(*bytes, taxonomy, &failure);
    if (!installed) {
        std::printf("%s: not installed: %s\n", qPrintable(file), qPrintable(failure.staffDetail()));
        return 1;
    }
    std::printf("catalog %s with %zu services installed to %s; it is used from the next start\n",
                qPrintable(installed->catalogVersion()),
                installed->services().size(),
                qPrintable(store.installedPath()));
    return 0;
}

} // namespace bt::app::commands
