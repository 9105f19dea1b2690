#pragma once

#include "SearchEngine.h"
#include "WorkerThread.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace bt::app {

class Catalog;
class SearchWorker;

// The search for the user interface: builds the index and answers queries on a worker thread
// (SQLite never blocks the UI thread) and reports only the answer to the latest query, so
// results never arrive out of order while a citizen types.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(QObject* parent = nullptr);
    ~SearchService() override; // cancels, quits the worker thread, bounded wait

    // Builds (if the catalog changed) and opens the index; ends with ready() or failed().
    void prepare(std::shared_ptr<const Catalog> catalog, const QString& indexPath, const QStringList& popular);
    void search(const QString& query, int limit = 20);
    // Drops the answers kept for the last keystrokes; called when a session is wiped.
    void forgetRecentQueries();
    [[nodiscard]] bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();
    void failed(const bt::app::Failure& failure); // Search_IndexNotBuilt or Search_IndexUnavailable
    void resultsReady(const QString& query, const bt::app::SearchOutcome& outcome);
    void recentQueriesForgotten();

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    WorkerThread<SearchWorker> m_worker;
    bool m_ready = false;
};

// Lives on the service's thread; never touches widgets.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(std::shared_ptr<std::atomic<quint64>> latest);

    void prepare(std::shared_ptr<const Catalog> catalog, const QString& indexPath, const QStringList& popular);
    void search(quint64 generation, const QString& query, int limit);
    void forgetRecentQueries();

Q_SIGNALS:
    void ready();
    void failed(const bt::app::Failure& failure);
    void resultsReady(quint64 generation, const QString& query, const bt::app::SearchOutcome& outcome);
    void recentQueriesForgotten();

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<SearchEngine> m_engine;
};

} // namespace bt::app

Q_DECLARE_METATYPE(bt::app::SearchOutcome)
