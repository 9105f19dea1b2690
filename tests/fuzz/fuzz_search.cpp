// What a citizen types goes straight into an FTS5 query: any text must give a result (or
// none), never an SQL error, a crash or more hits than asked for.
#include "Catalog.h"
#include "OzgTaxonomy.h"
#include "SearchEngine.h"
#include "SearchIndexBuilder.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

void btInitTerminalResources();

namespace {

const bt::app::SearchEngine& engine()
{
    // Never destroyed: at exit Qt SQL's own statics may already be gone. The index file is
    // removed when the lambda returns; the open connection keeps reading it (Linux semantics).
    static auto* instance = new bt::app::SearchEngine;
    static const bool ready = [] {
        btInitTerminalResources();
        QTemporaryDir directory;
        bt::app::Failure failure;
        const std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::loadShipped(&failure);
        const std::optional<bt::app::Catalog> catalog =
            taxonomy ? bt::app::Catalog::loadShipped(*taxonomy, &failure) : std::nullopt;
        const QString path = directory.filePath(QStringLiteral("index.sqlite"));
        return catalog && bt::app::SearchIndexBuilder::ensure(path, *catalog, {}, &failure) &&
               instance->open(path, &failure);
    }();
    if (!ready) {
        std::abort();
    }
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bt::app::SearchOutcome outcome = engine().search(query, 5);
    if (outcome.hits.size() > 5) {
        std::abort();
    }
    return 0;
}
