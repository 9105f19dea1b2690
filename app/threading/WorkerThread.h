#pragma once

#include <QLoggingCategory>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <utility>

namespace bt::app {

Q_DECLARE_LOGGING_CATEGORY(lcAppThreading)

// One worker object on a thread of its own: the shape every part of the terminal that blocks
// (SQLite, scrypt, CUPS) takes, so that the UI thread only posts calls and gets signals.
//  - post() queues a call to the worker; calls run one after the other, in order, on its thread.
//  - stop() asks the call in progress to end (QThread::isInterruptionRequested()), drops the calls
//    still queued, and waits at most `limit` for the thread to end. A call that does not end in
//    time (a printer that never answers) does not hang the terminal: the thread is left to end
//    on its own and deletes its worker and itself then. The worker must therefore own everything
//    it uses (shared_ptr for state it shares with its owner), never point back to its owner.
// The destructor stops with the limit given at construction.
template <typename Worker>
class WorkerThread
{
public:
    WorkerThread(const QString& name, std::chrono::milliseconds stopLimit, std::unique_ptr<Worker> worker)
        : m_thread(new QThread)
        , m_worker(worker.release())
        , m_stopLimit(stopLimit)
    {
        m_thread->setObjectName(name);
        m_worker->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, m_worker.data(), &QObject::deleteLater);
        m_thread->start();
    }
    ~WorkerThread() { stop(m_stopLimit); }
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // The worker, to connect its signals; null once stopped. Not to be called directly.
    [[nodiscard]] Worker* worker() const { return m_worker.data(); }

    // Queues `call(worker)` on the worker's thread; nothing once stopped.
    template <typename Call>
    void post(Call&& call)
    {
        if (!m_worker) {
            return;
        }
        // A call still queued when stop() comes is skipped: the thread's event loop would run
        // every posted call it already has before it looks at quit().
        QMetaObject::invokeMethod(
            m_worker.data(),
            [worker = m_worker.data(), stopping = m_stopping, call = std::forward<Call>(call)]() mutable {
                if (!stopping->load()) {
                    call(*worker);
                }
            },
            Qt::QueuedConnection);
    }

    // True if the thread ended within the limit.
    bool stop(std::chrono::milliseconds limit)
    {
        if (!m_thread) {
            return true;
        }
        QThread* thread = std::exchange(m_thread, nullptr);
        m_stopping->store(true);
        m_worker.clear(); // the thread deletes it when it ends
        thread->requestInterruption();
        thread->quit();
        if (thread->wait(static_cast<unsigned long>(limit.count()))) {
            delete thread;
            return true;
        }
        qCWarning(lcAppThreading).noquote() << "thread" << thread->objectName() << "did not stop within"
                                            << limit.count() << "ms; it is left to end on its own";
        // Deleted by the owner's event loop once it has ended (at shutdown there is none: the
        // process ends anyway).
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        if (thread->isFinished()) { // ended between the wait and the connection
            thread->deleteLater();
        }
        return false;
    }

private:
    QThread* m_thread;
    QPointer<Worker> m_worker;
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
    std::chrono::milliseconds m_stopLimit;
};

} // namespace bt::app
