// WorkerThread: calls run in order on the worker's own thread; stop() ends the call in progress
// that listens, drops the queued ones, and never waits longer than its limit.
#include "WorkerThread.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using bt::app::WorkerThread;
using namespace std::chrono_literals;

namespace {

class Recorder : public QObject
{
    Q_OBJECT
public:
    explicit Recorder(std::shared_ptr<QList<int>> calls)
        : m_calls(std::move(calls))
    {}
    void record(int call)
    {
        m_calls->append(call);
        Q_EMIT recorded(call, QThread::currentThread());
    }

Q_SIGNALS:
    void recorded(int call, QThread* on);

private:
    std::shared_ptr<QList<int>> m_calls; // owned with the test: the worker never points back
};

} // namespace

class tst_WorkerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsRunInOrderOnTheWorkersThread()
    {
        auto calls = std::make_shared<QList<int>>();
        WorkerThread<Recorder> thread(QStringLiteral("recorder"), 5s, std::make_unique<Recorder>(calls));
        QSignalSpy recorded(thread.worker(), &Recorder::recorded);
        for (int call = 1; call <= 5; ++call) {
            thread.post([call](Recorder& worker) { worker.record(call); });
        }
        QTRY_COMPARE(recorded.count(), 5);
        for (const QList<QVariant>& signal : recorded) {
            QVERIFY(signal.at(1).value<QThread*>() != QThread::currentThread());
            QCOMPARE(signal.at(1).value<QThread*>()->objectName(), QStringLiteral("recorder"));
        }
        QVERIFY(thread.stop(5s));
        QCOMPARE(*calls, QList<int>({1, 2, 3, 4, 5}));
    }

    // A call that watches for interruption ends when asked; what was queued behind it never runs.
    void stopEndsTheCallInProgressAndDropsTheQueue()
    {
        auto calls = std::make_shared<QList<int>>();
        auto started = std::make_shared<QSemaphore>();
        WorkerThread<Recorder> thread(QStringLiteral("recorder"), 5s, std::make_unique<Recorder>(calls));
        QPointer<Recorder> worker = thread.worker();
        thread.post([started](Recorder& recorder) {
            started->release();
            while (!QThread::currentThread()->isInterruptionRequested()) {
                QThread::yieldCurrentThread();
            }
            recorder.record(1);
        });
        for (int call = 2; call <= 4; ++call) {
            thread.post([call](Recorder& recorder) { recorder.record(call); });
        }
        QVERIFY(started->tryAcquire(1, 10000));
        QVERIFY(thread.stop(10s));
        QCOMPARE(*calls, QList<int>({1}));
        QVERIFY(!thread.worker());
        QTRY_VERIFY(worker.isNull()); // deleted with its thread
        thread.post([](Recorder& recorder) { recorder.record(5); }); // stopped: nothing happens
        QCOMPARE(*calls, QList<int>({1}));
    }

    // A call that does not listen (a printer that never answers) cannot hold the terminal: stop()
    // gives up after its limit, and the thread ends and cleans up by itself later.
    void stopIsBoundedWhenACallHangs()
    {
        auto calls = std::make_shared<QList<int>>();
        auto started = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        auto thread = std::make_unique<WorkerThread<Recorder>>(
            QStringLiteral("stuck"), 5s, std::make_unique<Recorder>(calls));
        QPointer<Recorder> worker = thread->worker();
        thread->post([started, release](Recorder& recorder) {
            started->release();
            release->acquire(); // deaf to interruption
            recorder.record(1);
        });
        QVERIFY(started->tryAcquire(1, 10000));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("thread stuck did not stop within 50 ms")));
        QVERIFY(!thread->stop(50ms));
        thread.reset(); // the owner goes; its destructor does not wait again
        QVERIFY(!worker.isNull()); // the call is still in progress
        release->release();
        QTRY_VERIFY(worker.isNull()); // it ended and took its worker with it
        QCOMPARE(*calls, QList<int>({1}));
    }
};

QTEST_GUILESS_MAIN(tst_WorkerThread)
#include "tst_WorkerThread.moc"
