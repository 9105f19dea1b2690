// The journey's controller: intents become steps with the context set first; start over asks
// only when there is something to lose; the idle watcher ends a visit and only watches one.
#include "IdleWatcher.h"
#include "JourneyContext.h"
#include "JourneyController.h"
#include "ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using bt::app::JourneyStep;

namespace {

const QString sperrmuell = QStringLiteral("local:sperrmuell-abholung");

using Context = bt::test::JourneyContext;

} // namespace

class tst_JourneyController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsInTheChosenLanguage()
    {
        Context context;
        QSignalSpy steps(&context.controller, &bt::app::JourneyController::stepChanged);
        context.controller.start(QStringLiteral("en"));
        QCOMPARE(context.controller.step(), JourneyStep::Home);
        QCOMPARE(context.session.language(), QStringLiteral("en"));
        QCOMPARE(steps.size(), 1);
    }

    void aServiceIsPutIntoTheContextBeforeItsPageShows()
    {
        Context context;
        context.controller.start(QStringLiteral("de"));
        QVERIFY(!context.controller.chooseService(QStringLiteral("local:gibt-es-nicht")));
        QCOMPARE(context.controller.step(), JourneyStep::Home);
        QVERIFY(context.session.serviceKey().isEmpty());
        QVERIFY(context.controller.chooseService(sperrmuell));
        QCOMPARE(context.controller.step(), JourneyStep::ServicePage);
        QCOMPARE(context.session.serviceKey(), sperrmuell);
        QVERIFY(context.session.requiredTrustLevel() != bt::app::TrustLevel::None);
        // The form needs the trust level the service asks for.
        QVERIFY(!context.controller.canEnter(JourneyStep::Form));
        context.session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        QVERIFY(context.controller.canEnter(JourneyStep::Form));
    }

    void startOverAsksOnlyWhenThereIsSomethingToLose()
    {
        Context context;
        QSignalSpy asked(&context.controller, &bt::app::JourneyController::confirmationNeeded);
        context.controller.requestStartOver(); // on the start screen: nothing to do
        QCOMPARE(asked.size(), 0);
        QCOMPARE(context.controller.step(), JourneyStep::Attract);

        context.controller.start(QStringLiteral("de"));
        const QString firstVisit = context.session.journeyId();
        context.controller.requestStartOver(); // home, nothing chosen: ends at once
        QCOMPARE(asked.size(), 0);
        QCOMPARE(context.controller.step(), JourneyStep::Attract);
        QVERIFY(context.session.journeyId() != firstVisit);

        context.controller.start(QStringLiteral("de"));
        context.controller.chooseService(sperrmuell);
        context.controller.requestStartOver();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(context.controller.step(), JourneyStep::ServicePage); // until the citizen confirms
        context.controller.cancel();
        QCOMPARE(context.controller.step(), JourneyStep::Attract);
        QVERIFY(context.session.serviceKey().isEmpty());
    }

    void theIdleWatcherEndsAVisitAndWatchesOnlyOne()
    {
        Context context;
        bt::test::ManualClock clock;
        bt::app::IdleWatcher watcher(clock, std::chrono::seconds(60), std::chrono::seconds(10));
        context.controller.endWhenIdle(watcher);
        QVERIFY(!watcher.isActive());
        context.controller.start(QStringLiteral("de"));
        QVERIFY(watcher.isActive());
        context.controller.chooseService(sperrmuell);
        Q_EMIT watcher.timedOut();
        QCOMPARE(context.controller.step(), JourneyStep::Attract);
        QVERIFY(context.session.serviceKey().isEmpty());
        QVERIFY(!watcher.isActive());
    }

    void shuttingDownEndsAVisitInProgress()
    {
        Context context;
        context.controller.start(QStringLiteral("de"));
        context.controller.chooseService(sperrmuell);
        QSignalSpy wiped(&context.journey, &bt::app::Journey::wiped);
        context.controller.shutDown();
        QCOMPARE(wiped.size(), 1);
        QCOMPARE(wiped.first().first().value<bt::app::Journey::WipeReason>(), bt::app::Journey::WipeReason::Shutdown);
        context.controller.shutDown(); // nothing left to end
        QCOMPARE(wiped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_JourneyController)
#include "tst_JourneyController.moc"
