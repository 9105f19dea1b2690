#include "Catalog.h"
#include "CatalogStore.h"
#include "CommandLine.h"
#include "OzgTaxonomy.h"
#include "SearchEngine.h"
#include "StaffCommands.h"
#include "TerminalConfig.h"

#include <cstdio>

namespace bt::app::commands {

// --search: the same engine the terminal uses, for staff and scripts.
int printSearch(const CommandLine& line, const TerminalConfig& config, const OzgTaxonomy& taxonomy)
{
    Failure failure;
    const std::optional<Catalog> catalog = catalogStore(config).load(taxonomy, &failure);
    const std::unique_ptr<SearchEngine> engine =
        catalog ? SearchEngine::openFor(*catalog, searchIndexPath(config), config.popularServices, &failure) : nullptr;
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(failure.staffDetail()));
        return 1;
    }
    const QString language = line.language.isEmpty() ? config.defaultLanguage : line.language;
    const SearchOutcome outcome = engine->search(line.query, 5);
    for (const SearchHit& hit : outcome.hits) {
        const Service* service = catalog->find(hit.serviceKey);
        std::printf("%s\t%s\n", qPrintable(hit.serviceKey), qPrintable(service->name.in(language)));
    }
    if (outcome.hits.empty()) {
        if (!outcome.didYouMean.isEmpty()) {
            std::fprintf(stderr, "did you mean: %s\n", qPrintable(outcome.didYouMean));
        }
        std::fprintf(stderr,
                     "no service found; Themenfelder: %s\n",
                     qPrintable(outcome.themenfelder.join(QStringLiteral(", "))));
    }
    return 0;
}

} // namespace bt::app::commands
