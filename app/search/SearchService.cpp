#include "SearchService.h"

#include "Catalog.h"
#include "Logging.h"

#include <QElapsedTimer>

namespace bt::app {

SearchService::SearchService(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_worker(QStringLiteral("search"), std::chrono::seconds(5), std::make_unique<SearchWorker>(m_latest))
{
    qRegisterMetaType<bt::app::SearchOutcome>();
    Failure::registerMetaType();
    SearchWorker* worker = m_worker.worker();
    connect(worker, &SearchWorker::ready, this, [this] {
        m_ready = true;
        Q_EMIT ready();
    });
    connect(worker, &SearchWorker::failed, this, &SearchService::failed);
    connect(worker, &SearchWorker::recentQueriesForgotten, this, &SearchService::recentQueriesForgotten);
    connect(worker,
            &SearchWorker::resultsReady,
            this,
            [this](quint64 generation, const QString& query, const SearchOutcome& outcome) {
                // A newer query is on its way: this answer is already out of date.
                if (generation == m_latest->load()) {
                    Q_EMIT resultsReady(query, outcome);
                }
            });
}

SearchService::~SearchService()
{
    m_latest->store(~quint64(0)); // the query in progress is stale; m_worker stops the thread
}

void SearchService::prepare(std::shared_ptr<const Catalog> catalog,
                            const QString& indexPath,
                            const QStringList& popular)
{
    m_ready = false;
    m_worker.post([catalog, indexPath, popular](SearchWorker& worker) { worker.prepare(catalog, indexPath, popular); });
}

void SearchService::search(const QString& query, int limit)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    m_worker.post([generation, query, limit](SearchWorker& worker) { worker.search(generation, query, limit); });
}

void SearchService::forgetRecentQueries()
{
    m_latest->fetch_add(1); // and whatever is still queued for the last citizen is skipped
    m_worker.post([](SearchWorker& worker) { worker.forgetRecentQueries(); });
}

SearchWorker::SearchWorker(std::shared_ptr<std::atomic<quint64>> latest)
    : m_latest(std::move(latest))
{}

void SearchWorker::prepare(std::shared_ptr<const Catalog> catalog, const QString& indexPath, const QStringList& popular)
{
    QElapsedTimer timer;
    timer.start();
    Failure failure;
    bool rebuilt = false;
    std::unique_ptr<SearchEngine> engine = SearchEngine::openFor(*catalog, indexPath, popular, &failure, &rebuilt);
    if (!engine) {
        qCCritical(lcAppSearch) << "search not available:" << failure;
        Q_EMIT failed(failure);
        return;
    }
    m_engine = std::move(engine);
    qCInfo(lcAppSearch) << "search ready in" << timer.elapsed() << "ms" << (rebuilt ? "(index rebuilt)" : "");
    Q_EMIT ready();
}

void SearchWorker::search(quint64 generation, const QString& query, int limit)
{
    if (generation != m_latest->load() || !m_engine) {
        return; // skipped: the citizen has typed on, or the index is not there
    }
    Q_EMIT resultsReady(generation, query, m_engine->search(query, limit));
}

void SearchWorker::forgetRecentQueries()
{
    if (m_engine) {
        m_engine->forgetRecentQueries();
    }
    Q_EMIT recentQueriesForgotten();
}

} // namespace bt::app
