// Catalog files come from outside (operator updates, imports): any bytes must give a complete
// catalog or one "where: what" error, never a crash or a half-loaded catalog.
#include "Catalog.h"
#include "OzgTaxonomy.h"

#include <cstdint>
#include <cstdlib>

void btInitTerminalResources();

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const bt::app::OzgTaxonomy taxonomy = [] {
        btInitTerminalResources();
        bt::app::Failure failure;
        std::optional<bt::app::OzgTaxonomy> shipped = bt::app::OzgTaxonomy::loadShipped(&failure);
        if (!shipped) {
            std::abort();
        }
        return *shipped;
    }();
    bt::app::Failure failure;
    const std::optional<bt::app::Catalog> catalog = bt::app::Catalog::parse(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), taxonomy, &failure);
    if (catalog.has_value() == static_cast<bool>(failure) || (!catalog && failure.staffDetail().isEmpty())) {
        std::abort(); // a catalog, or a failure that says where and what
    }
    if (catalog) {
        for (const bt::app::Service& service : catalog->services()) {
            if (!catalog->authority(service.authority) || !taxonomy.find(service.themenfeld)) {
                std::abort(); // every reference resolved
            }
        }
    }
    return 0;
}
