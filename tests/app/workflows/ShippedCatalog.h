#pragma once

#include "Catalog.h"
#include "OzgTaxonomy.h"

void btInitTerminalResources();

namespace bt::test {

// The catalog the terminal ships, for workflows that look services up.
inline bt::app::Catalog shippedCatalog()
{
    btInitTerminalResources();
    bt::app::Failure error;
    const std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::loadShipped(&error);
    std::optional<bt::app::Catalog> catalog =
        taxonomy ? bt::app::Catalog::loadShipped(*taxonomy, &error) : std::nullopt;
    if (!catalog) {
        qFatal("%s", qPrintable(error.staffDetail()));
    }
    return std::move(*catalog);
}

} // namespace bt::test
