// The Unix stop requests: SIGTERM (systemctl stop), SIGINT (Ctrl+C) and SIGHUP arrive as a Qt
// signal naming the signal, on the thread that listens; once it is gone the signals do what
// they did before.
#include "StopRequests.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using bt::app::StopRequests;

class tst_StopRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsBecomeStopRequests_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGHUP") << SIGHUP;
    }

    void signalsBecomeStopRequests()
    {
        QFETCH(int, signalNumber);
        const std::unique_ptr<StopRequests> requests = StopRequests::create();
        QSignalSpy stopRequested(requests.get(), &StopRequests::stopRequested);
        QCOMPARE(std::raise(signalNumber), 0);
        QTRY_COMPARE(stopRequested.count(), 1);
        QCOMPARE(stopRequested.at(0).at(0).toString(), QStringLiteral("signal %1").arg(signalNumber));
    }

    void everyRequestArrives()
    {
        const std::unique_ptr<StopRequests> requests = StopRequests::create();
        QSignalSpy stopRequested(requests.get(), &StopRequests::stopRequested);
        QCOMPARE(std::raise(SIGTERM), 0);
        QCOMPARE(std::raise(SIGTERM), 0);
        QTRY_COMPARE(stopRequested.count(), 2);
    }

    void afterwardsTheSignalsHaveTheirDefaultAction()
    {
        StopRequests::create().reset();
        for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
            struct sigaction current = {};
            QCOMPARE(::sigaction(signalNumber, nullptr, &current), 0);
            QVERIFY2(current.sa_handler == SIG_DFL, qPrintable(QString::number(signalNumber)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_StopRequests)
#include "tst_StopRequests.moc"
