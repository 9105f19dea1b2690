#pragma once

#include "Catalog.h"
#include "OzgTaxonomy.h"

#include <QTest>

void btInitTerminalResources();

namespace bt::test {

// The shipped taxonomy and catalog, loaded once per test program.
inline const bt::app::OzgTaxonomy& shippedTaxonomy()
{
    static const bt::app::OzgTaxonomy taxonomy = [] {
        btInitTerminalResources();
        bt::app::Failure failure;
        std::optional<bt::app::OzgTaxonomy> loaded = bt::app::OzgTaxonomy::loadShipped(&failure);
        if (!loaded) {
            qFatal("%s", qPrintable(failure.staffDetail()));
        }
        return *loaded;
    }();
    return taxonomy;
}

inline const bt::app::Catalog& shippedCatalog()
{
    static const bt::app::Catalog catalog = [] {
        bt::app::Failure failure;
        std::optional<bt::app::Catalog> loaded = bt::app::Catalog::loadShipped(shippedTaxonomy(), &failure);
        if (!loaded) {
            qFatal("%s", qPrintable(failure.staffDetail()));
        }
        return *loaded;
    }();
    return catalog;
}

// The popularity list of the shipped terminal.conf.
inline QStringList shippedPopularity()
{
    return {QStringLiteral("99008001012000"),
            QStringLiteral("99115005104000"),
            QStringLiteral("99085001012000"),
            QStringLiteral("99115003012000"),
            QStringLiteral("local:sperrmuell-abholung"),
            QStringLiteral("99102013104000"),
            QStringLiteral("99108001001000"),
            QStringLiteral("99049001001000"),
            QStringLiteral("99050012104000")};
}

} // namespace bt::test
