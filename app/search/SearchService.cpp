#include "SearchService.h"

#include "Catalog.h"
#include "Logging.h"

#include <QElapsedTimer>

namespace bt::app {

SearchService::SearchService(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<bt::app::SearchOutcome>();
    auto* worker = new SearchWorker(m_latest);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
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
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latest->store(~quint64(0)); // everything queued is now stale and skipped
    m_thread.quit();
    if (!m_thread.wait(5000)) {
        qCWarning(lcAppSearch) << "search thread did not stop in time";
    }
}

void SearchService::prepare(std::shared_ptr<const Catalog> catalog,
                            const QString& indexPath,
                            const QStringList& popular)
{
    m_ready = false;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, catalog, indexPath, popular] { worker->prepare(catalog, indexPath, popular); },
        Qt::QueuedConnection);
}

void SearchService::search(const QString& query, int limit)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query, limit] { worker->search(generation, query, limit); },
        Qt::QueuedConnection);
}

void SearchService::forgetRecentQueries()
{
    m_latest->fetch_add(1); // and whatever is still queued for the last citizen is skipped
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->forgetRecentQueries(); }, Qt::QueuedConnection);
}

SearchWorker::SearchWorker(std::shared_ptr<std::atomic<quint64>> latest)
    : m_latest(std::move(latest))
{}

void SearchWorker::prepare(std::shared_ptr<const Catalog> catalog, const QString& indexPath, const QStringList& popular)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    bool rebuilt = false;
    std::unique_ptr<SearchEngine> engine = SearchEngine::openFor(*catalog, indexPath, popular, &error, &rebuilt);
    if (!engine) {
        qCCritical(lcAppSearch).noquote() << "search not available:" << error;
        Q_EMIT failed(error);
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
