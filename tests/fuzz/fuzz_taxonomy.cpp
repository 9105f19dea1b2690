// The taxonomy parser reads JSON shaped like the catalog updates that will come from
// outside; any bytes must give a complete taxonomy or one "where: what" error.
#include "OzgTaxonomy.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bt::app::Failure failure;
    const std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::parse(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), &failure);
    if (taxonomy.has_value() == static_cast<bool>(failure) || (!taxonomy && failure.staffDetail().isEmpty())) {
        std::abort(); // a taxonomy, or a failure that says where and what
    }
    if (taxonomy && taxonomy->themenfelder().empty()) {
        std::abort(); // never half-loaded
    }
    return 0;
}
