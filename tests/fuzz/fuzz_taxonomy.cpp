// The taxonomy parser reads JSON shaped like the catalog updates that will come from
// outside; any bytes must give a complete taxonomy or one "where: what" error.
#include "OzgTaxonomy.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    const std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::parse(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), &error);
    if (taxonomy.has_value() == !error.isEmpty()) {
        std::abort();
    }
    if (taxonomy && taxonomy->themenfelder().empty()) {
        std::abort(); // never half-loaded
    }
    return 0;
}
