#include "Journey.h"

#include <QSignalSpy>
#include <QTest>

using bt::app::Journey;
using bt::app::JourneyRefusal;
using bt::app::JourneyStep;
using bt::app::Session;
using bt::app::TrustLevel;
using S = JourneyStep;

Q_DECLARE_METATYPE(JourneyStep)
Q_DECLARE_METATYPE(JourneyRefusal)
Q_DECLARE_METATYPE(Journey::WipeReason)

namespace {

const S allSteps[] = {S::Attract,
                      S::Home,
                      S::Topic,
                      S::ServiceIndex,
                      S::SearchResults,
                      S::ResumeDraft,
                      S::ServicePage,
                      S::OnlineService,
                      S::Identification,
                      S::Form,
                      S::Evidence,
                      S::Review,
                      S::Payment,
                      S::Submission,
                      S::Receipt};

// Walks a journey to `target` along the citizen's usual path, filling the session as the
// real screens would.
bool walkTo(Journey& journey, JourneyStep target)
{
    Session& session = journey.session();
    const auto step = [&](JourneyStep next) { return journey.step() == target || journey.go(next); };
    session.setService(QStringLiteral("99050012104000"), TrustLevel::High);
    if (target == S::ResumeDraft) { // a side way from home
        return step(S::Home) && step(S::ResumeDraft) && journey.step() == target;
    }
    if (target == S::OnlineService) { // a side way from the service page
        return step(S::Home) && step(S::ServicePage) && step(S::OnlineService) && journey.step() == target;
    }
    return step(S::Home) && step(S::ServicePage) && step(S::Identification) &&
           (session.setAchievedTrustLevel(TrustLevel::High), step(S::Form)) && step(S::Evidence) && step(S::Review) &&
           step(S::Payment) && step(S::Submission) && step(S::Receipt) && journey.step() == target;
}

} // namespace

class tst_Journey : public QObject
{
    Q_OBJECT

private:
    static Session::Defaults defaults() { return {QStringLiteral("de"), {}}; }

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<JourneyStep>("from");
        QTest::addColumn<JourneyStep>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("touch starts the journey") << S::Attract << S::Home << true;
        QTest::newRow("no skipping from attract to a form") << S::Attract << S::Form << false;
        QTest::newRow("home to topic") << S::Home << S::Topic << true;
        QTest::newRow("home to search") << S::Home << S::SearchResults << true;
        QTest::newRow("home to A to Z") << S::Home << S::ServiceIndex << true;
        QTest::newRow("A to Z to a service") << S::ServiceIndex << S::ServicePage << true;
        QTest::newRow("A to Z cannot start a form") << S::ServiceIndex << S::Form << false;
        QTest::newRow("home to the code of a draft") << S::Home << S::ResumeDraft << true;
        QTest::newRow("a resumed draft to its form") << S::ResumeDraft << S::Form << true;
        QTest::newRow("a resumed draft to its service page") << S::ResumeDraft << S::ServicePage << true;
        QTest::newRow("a resumed draft cannot skip the review") << S::ResumeDraft << S::Payment << false;
        QTest::newRow("home cannot jump to payment") << S::Home << S::Payment << false;
        QTest::newRow("service page to an online service") << S::ServicePage << S::OnlineService << true;
        QTest::newRow("online service leads only back") << S::OnlineService << S::Form << false;
        QTest::newRow("service page to identification") << S::ServicePage << S::Identification << true;
        QTest::newRow("service page straight to form") << S::ServicePage << S::Form << true;
        QTest::newRow("identification to form") << S::Identification << S::Form << true;
        QTest::newRow("form cannot skip review to payment") << S::Form << S::Payment << false;
        QTest::newRow("review back to form to edit") << S::Review << S::Form << true;
        QTest::newRow("review to payment") << S::Review << S::Payment << true;
        QTest::newRow("review to submission without fee") << S::Review << S::Submission << true;
        QTest::newRow("payment cannot return to form") << S::Payment << S::Form << false;
        QTest::newRow("submission to receipt") << S::Submission << S::Receipt << true;
        QTest::newRow("receipt leads nowhere but the wipe") << S::Receipt << S::Home << false;
        QTest::newRow("attract is reached only by wiping") << S::Home << S::Attract << false;
    }

    void transitions()
    {
        QFETCH(JourneyStep, from);
        QFETCH(JourneyStep, to);
        QFETCH(bool, allowed);
        QCOMPARE(Journey::isTransitionAllowed(from, to), allowed);
    }

    void noStepReachesAttractExceptByWipe()
    {
        for (const S from : allSteps) {
            QVERIFY2(!Journey::isTransitionAllowed(from, S::Attract), qPrintable(stepName(from)));
        }
    }

    void requirements()
    {
        Session session(defaults());
        Journey journey(session);
        QVERIFY(journey.go(S::Home));

        QCOMPARE(journey.check(S::Topic), JourneyRefusal::Journey_NoTopicChosen);
        QVERIFY(!journey.go(S::Topic));
        QCOMPARE(journey.step(), S::Home);
        session.setTopicId(QStringLiteral("bildung"));
        QVERIFY(journey.go(S::Topic));

        QCOMPARE(journey.check(S::ServicePage), JourneyRefusal::Journey_NoServiceChosen);
        session.setService(QStringLiteral("99050012104000"), TrustLevel::Substantial);
        QVERIFY(journey.go(S::ServicePage));

        QCOMPARE(journey.check(S::Form), JourneyRefusal::Journey_TrustLevelTooLow);
        session.setAchievedTrustLevel(TrustLevel::Basic);
        QCOMPARE(journey.check(S::Form), JourneyRefusal::Journey_TrustLevelTooLow);
        QCOMPARE(journey.check(S::Identification), JourneyRefusal::None);
        QVERIFY(journey.go(S::Identification));
        session.setAchievedTrustLevel(TrustLevel::High);
        QVERIFY(journey.go(S::Form));
    }

    void onlineServiceReturnsToTheServicePage()
    {
        Session session(defaults());
        Journey journey(session);
        QVERIFY(journey.go(S::Home));
        QCOMPARE(journey.check(S::OnlineService), JourneyRefusal::Journey_TransitionNotAllowed);
        session.setService(QStringLiteral("99108001000000"), TrustLevel::None);
        QVERIFY(journey.go(S::ServicePage));
        QVERIFY(journey.go(S::OnlineService));
        QVERIFY(journey.canGoBack());
        QVERIFY(journey.back());
        QCOMPARE(journey.step(), S::ServicePage);
    }

    void serviceWithoutIdentificationSkipsIt()
    {
        Session session(defaults());
        Journey journey(session);
        QVERIFY(journey.go(S::Home));
        session.setService(QStringLiteral("99108001000000"), TrustLevel::None);
        QVERIFY(journey.go(S::ServicePage));
        QCOMPARE(journey.check(S::Identification), JourneyRefusal::Journey_NoIdentificationNeeded);
        QVERIFY(journey.go(S::Form));
    }

    void backFollowsHistory()
    {
        Session session(defaults());
        Journey journey(session);
        QVERIFY(!journey.canGoBack());
        QVERIFY(journey.go(S::Home));
        QVERIFY(!journey.canGoBack()); // the start screen is not a page to go back to
        session.setTopicId(QStringLiteral("bildung"));
        QVERIFY(journey.go(S::Topic));
        session.setTopicId(QStringLiteral("umwelt"));
        QVERIFY(journey.go(S::Topic));
        QSignalSpy changed(&journey, &Journey::stepChanged);
        QVERIFY(journey.back());
        QCOMPARE(journey.step(), S::Topic);
        QVERIFY(journey.back());
        QCOMPARE(journey.step(), S::Home);
        QVERIFY(!journey.back());
        QCOMPARE(changed.count(), 2);
    }

    // The code screen is left behind: "back" from the resumed service goes home, not to a code
    // field that would have to be typed again.
    void backFromAResumedDraftSkipsTheCode()
    {
        Session session(defaults());
        Journey journey(session);
        QVERIFY(journey.go(S::Home));
        QVERIFY(journey.go(S::ResumeDraft));
        QCOMPARE(journey.check(S::ServicePage), JourneyRefusal::Journey_NoServiceChosen);
        session.setService(QStringLiteral("99050012104000"), TrustLevel::High);
        QCOMPARE(journey.check(S::Form), JourneyRefusal::Journey_TrustLevelTooLow);
        QVERIFY(journey.go(S::ServicePage));
        QVERIFY(journey.back());
        QCOMPARE(journey.step(), S::Home);
    }

    void noWayBackOncePaidOrSubmitted_data()
    {
        QTest::addColumn<JourneyStep>("step");
        QTest::addColumn<bool>("canGoBack");
        QTest::newRow("identification") << S::Identification << true;
        QTest::newRow("review") << S::Review << true;
        QTest::newRow("payment") << S::Payment << false;
        QTest::newRow("submission") << S::Submission << false;
        QTest::newRow("receipt") << S::Receipt << false;
    }

    void noWayBackOncePaidOrSubmitted()
    {
        QFETCH(JourneyStep, step);
        QFETCH(bool, canGoBack);
        Session session(defaults());
        Journey journey(session);
        QVERIFY(walkTo(journey, step));
        QCOMPARE(journey.canGoBack(), canGoBack);
    }

    // Every way out of a journey, from every step, passes the wipe.
    void wipeFromEveryStep_data()
    {
        QTest::addColumn<JourneyStep>("step");
        QTest::addColumn<Journey::WipeReason>("reason");
        for (const S step : allSteps) {
            if (step == S::Attract || step == S::Topic || step == S::ServiceIndex || step == S::SearchResults) {
                continue;
            }
            for (const auto reason : {Journey::WipeReason::Cancelled,
                                      Journey::WipeReason::IdleTimeout,
                                      Journey::WipeReason::Finished,
                                      Journey::WipeReason::Shutdown}) {
                QTest::addRow("%s, reason %d", qPrintable(stepName(step)), static_cast<int>(reason)) << step << reason;
            }
        }
    }

    void wipeFromEveryStep()
    {
        QFETCH(JourneyStep, step);
        QFETCH(Journey::WipeReason, reason);
        Session session(defaults());
        Journey journey(session);
        QVERIFY(walkTo(journey, step));
        session.setPersonalValue(QStringLiteral("familyName"), u"Mustermann");
        session.setLanguage(QStringLiteral("en"));
        QSignalSpy wiped(&journey, &Journey::wiped);
        QSignalSpy sessionWiped(&session, &Session::wiped);

        journey.wipe(reason);

        QCOMPARE(journey.step(), S::Attract);
        QCOMPARE(wiped.count(), 1);
        QCOMPARE(sessionWiped.count(), 1);
        QVERIFY(!session.hasPersonalData());
        QVERIFY(session.serviceKey().isEmpty());
        QCOMPARE(session.achievedTrustLevel(), TrustLevel::None);
        QCOMPARE(session.language(), QStringLiteral("de"));
        QVERIFY(!journey.canGoBack());
        // A new journey starts from scratch.
        QVERIFY(journey.go(S::Home));
        QCOMPARE(journey.check(S::Form), JourneyRefusal::Journey_TransitionNotAllowed);
    }
};

QTEST_GUILESS_MAIN(tst_Journey)
#include "tst_Journey.moc"
