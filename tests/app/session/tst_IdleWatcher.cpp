#include "IdleWatcher.h"
#include "ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using bt::app::IdleWatcher;
using bt::test::ManualClock;

class tst_IdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inactiveWatcherNeverFires()
    {
        ManualClock clock;
        IdleWatcher watcher(clock, 60s, 20s);
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy timedOut(&watcher, &IdleWatcher::timedOut);
        clock.advance(10min);
        watcher.poll();
        QCOMPARE(started.count(), 0);
        QCOMPARE(timedOut.count(), 0);
    }

    void countdownThenTimeout()
    {
        ManualClock clock;
        IdleWatcher watcher(clock, 60s, 20s);
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        QSignalSpy ticked(&watcher, &IdleWatcher::countdownTicked);
        QSignalSpy timedOut(&watcher, &IdleWatcher::timedOut);
        watcher.setActive(true);

        clock.advance(59s);
        watcher.poll();
        QCOMPARE(started.count(), 0);

        clock.advance(1s);
        watcher.poll();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toInt(), 20);
        QVERIFY(watcher.isCountingDown());

        clock.advance(500ms);
        watcher.poll();
        QCOMPARE(ticked.count(), 0); // 19.5 s left still reads "20"

        clock.advance(600ms);
        watcher.poll();
        QCOMPARE(ticked.count(), 1);
        QCOMPARE(ticked.last().first().toInt(), 19);

        clock.advance(18s);
        watcher.poll();
        QCOMPARE(ticked.last().first().toInt(), 1);
        QCOMPARE(timedOut.count(), 0);

        clock.advance(1s);
        watcher.poll();
        QCOMPARE(timedOut.count(), 1);
        QVERIFY(!watcher.isActive());

        clock.advance(5min);
        watcher.poll();
        QCOMPARE(timedOut.count(), 1); // once only
    }

    void activityCancelsCountdown()
    {
        ManualClock clock;
        IdleWatcher watcher(clock, 60s, 20s);
        QSignalSpy cancelled(&watcher, &IdleWatcher::countdownCancelled);
        QSignalSpy timedOut(&watcher, &IdleWatcher::timedOut);
        watcher.setActive(true);
        clock.advance(70s);
        watcher.poll();
        QVERIFY(watcher.isCountingDown());

        watcher.reportActivity();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!watcher.isCountingDown());

        // The full idle time starts again from the activity.
        clock.advance(59s);
        watcher.poll();
        QVERIFY(!watcher.isCountingDown());
        clock.advance(21s + 1ms + 60s);
        watcher.poll();
        QCOMPARE(timedOut.count(), 1);
    }

    void activityBeforeTimeoutPostpones()
    {
        ManualClock clock;
        IdleWatcher watcher(clock, 60s, 20s);
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        watcher.setActive(true);
        for (int i = 0; i < 10; ++i) {
            clock.advance(50s);
            watcher.reportActivity();
            watcher.poll();
        }
        QCOMPARE(started.count(), 0);
    }

    void deactivatingCancelsAndRestarting()
    {
        ManualClock clock;
        IdleWatcher watcher(clock, 60s, 20s);
        QSignalSpy cancelled(&watcher, &IdleWatcher::countdownCancelled);
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        watcher.setActive(true);
        clock.advance(65s);
        watcher.poll();
        watcher.setActive(false);
        QCOMPARE(cancelled.count(), 1);
        clock.advance(10min);
        watcher.setActive(true); // a new session: idle time counts from now
        watcher.poll();
        QCOMPARE(started.count(), 1);
    }

    void pollsByItselfWhenActive()
    {
        ManualClock clock;
        IdleWatcher watcher(clock, 60s, 20s);
        QSignalSpy started(&watcher, &IdleWatcher::countdownStarted);
        watcher.setActive(true);
        clock.advance(61s);
        // The internal timer looks at the clock a few times a second.
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 2000);
    }
};

QTEST_GUILESS_MAIN(tst_IdleWatcher)
#include "tst_IdleWatcher.moc"
