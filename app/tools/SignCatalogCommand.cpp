#include "Catalog.h"
#include "CatalogSigner.h"
#include "CommandSupport.h"
#include "OzgTaxonomy.h"
#include "ToolCommands.h"

#include <cstdio>

namespace bt::app::tools {


// Only a valid catalog is signed: terminals would refuse the update anyway, but later.
int signCatalog(const QString& file, const QString& keyFile, const OzgTaxonomy& taxonomy)
{
    const std::optional<QByteArray> catalog = readCommandLineFile(file);
    const std::optional<QByteArray> key = readCommandLineFile(keyFile);
    if (!catalog || !key) {
        return 1;
    }
    Failure failure;
    if (!Catalog::parse(*catalog, taxonomy, &failure)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(failure.staffDetail()));
        return 1;
    }
    const std::optional<QByteArray> update = CatalogSigner::sign(*catalog, *key, &failure);
    if (!update) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(keyFile), qPrintable(failure.staffDetail()));
        return 1;
    }
    std::fwrite(update->constData(), 1, static_cast<std::size_t>(update->size()), stdout);
    return 0;
}

} // namespace bt::app::tools
