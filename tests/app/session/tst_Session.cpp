#include "Session.h"

#include <QSignalSpy>
#include <QTest>

using bt::app::Session;
using bt::app::TrustLevel;
using bt::widgets::Contrast;
using bt::widgets::TextSize;

class tst_Session : public QObject
{
    Q_OBJECT

private:
    static Session::Defaults defaults() { return {QStringLiteral("de"), {TextSize::Normal, Contrast::Standard}}; }

private Q_SLOTS:
    void startsWithDefaults()
    {
        Session session(defaults());
        QCOMPARE(session.language(), QStringLiteral("de"));
        QVERIFY(!session.hasProgress());
        QVERIFY(!session.hasPersonalData());
        QCOMPARE(session.journeyId().size(), 16);
    }

    void personalDataRoundTrip()
    {
        Session session(defaults());
        session.setPersonalValue(QStringLiteral("familyName"), u"Müller-Lüdenscheidt");
        QCOMPARE(session.personalValue(QStringLiteral("familyName")), QStringLiteral("Müller-Lüdenscheidt"));
        session.setPersonalValue(QStringLiteral("familyName"), u"Öz");
        QCOMPARE(session.personalValue(QStringLiteral("familyName")), QStringLiteral("Öz"));
        QVERIFY(session.personalValue(QStringLiteral("givenName")).isEmpty());
        QVERIFY(session.hasProgress());
    }

    void wipeClearsEverythingAndRestoresDefaults()
    {
        Session session(defaults());
        const QString firstJourney = session.journeyId();
        session.setLanguage(QStringLiteral("en"));
        session.setTheme({TextSize::ExtraLarge, Contrast::High});
        session.setTopicId(QStringLiteral("bauen-wohnen"));
        session.setService(QStringLiteral("99123456789012"), TrustLevel::High);
        session.setAchievedTrustLevel(TrustLevel::High);
        session.setPersonalValue(QStringLiteral("familyName"), u"Mustermann");
        QSignalSpy wiped(&session, &Session::wiped);
        QSignalSpy language(&session, &Session::languageChanged);
        QSignalSpy theme(&session, &Session::themeChanged);

        session.wipe();

        QCOMPARE(wiped.count(), 1);
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().first().toString(), QStringLiteral("de"));
        QCOMPARE(theme.count(), 1);
        QCOMPARE(session.language(), QStringLiteral("de"));
        QVERIFY(session.theme() == defaults().theme);
        QVERIFY(session.topicId().isEmpty());
        QVERIFY(session.serviceKey().isEmpty());
        QCOMPARE(session.requiredTrustLevel(), TrustLevel::None);
        QCOMPARE(session.achievedTrustLevel(), TrustLevel::None);
        QVERIFY(!session.hasPersonalData());
        QVERIFY(session.personalValue(QStringLiteral("familyName")).isEmpty());
        QVERIFY(!session.hasProgress());
        QVERIFY(session.journeyId() != firstJourney);
    }

    void trustLevels_data()
    {
        QTest::addColumn<TrustLevel>("achieved");
        QTest::addColumn<TrustLevel>("required");
        QTest::addColumn<bool>("satisfied");
        QTest::newRow("none for none") << TrustLevel::None << TrustLevel::None << true;
        QTest::newRow("none for basic") << TrustLevel::None << TrustLevel::Basic << false;
        QTest::newRow("high for substantial") << TrustLevel::High << TrustLevel::Substantial << true;
        QTest::newRow("substantial for high") << TrustLevel::Substantial << TrustLevel::High << false;
        QTest::newRow("high for high") << TrustLevel::High << TrustLevel::High << true;
    }

    void trustLevels()
    {
        QFETCH(TrustLevel, achieved);
        QFETCH(TrustLevel, required);
        QFETCH(bool, satisfied);
        QCOMPARE(bt::app::satisfies(achieved, required), satisfied);
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_Session.moc"
