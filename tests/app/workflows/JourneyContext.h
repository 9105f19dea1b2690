#pragma once

#include "Catalog.h"
#include "Journey.h"
#include "JourneyController.h"
#include "OzgTaxonomy.h"
#include "Session.h"

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

// A journey context of its own (German by default) and its controller over the shipped catalog:
// what every workflow under test sits on.
struct JourneyContext
{
    JourneyContext()
        : session({QStringLiteral("de"), {}})
        , journey(session)
        , controller(journey, catalog)
    {}

    bt::app::Catalog catalog = shippedCatalog();
    bt::app::Session session;
    bt::app::Journey journey;
    bt::app::JourneyController controller;
};

} // namespace bt::test
