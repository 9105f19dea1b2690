// Quick taps on tiles and buttons inside scrolling pages that change the screen: the page's
// swipe gesture delivers press and release together, and the new screen must not pull the
// widgets out from under that delivery (a quick tap on "Ändern" once crashed the terminal).
// From the home screen through a Themenfeld, back, the A to Z index, a service's page, into
// its form.
#include "FooterBar.h"
#include "HomeScreen.h"
#include "ServiceIndexScreen.h"
#include "ServiceScreen.h"
#include "TileButton.h"
#include "TopicScreen.h"
#include "TouchCitizen.h"
#include "TouchScenarioMain.h"

#include <QPushButton>
#include <QTest>

using bt::app::JourneyStep;
using bt::test::TouchCitizen;

class tst_QuickTapsByTouch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickTapsThatChangeTheScreen()
    {
        TouchCitizen citizen;
        citizen.walkUp();
        bt::test::TerminalFixture& terminal = citizen.terminal();
        TOUCH(citizen.tap(terminal.homeScreen()->tileFor(QStringLiteral("bauen-wohnen"))));
        QCOMPARE(terminal.journey.step(), JourneyStep::Topic);
        QList<bt::widgets::TileButton*> services;
        for (auto* tile : terminal.topicScreen()->findChildren<bt::widgets::TileButton*>()) {
            if (tile->isVisible() && tile->objectName().startsWith(QStringLiteral("service_"))) {
                services.append(tile);
            }
        }
        QVERIFY(!services.isEmpty());
        TOUCH(citizen.tap(services.last()));
        QCOMPARE(terminal.journey.step(), JourneyStep::ServicePage);
        TOUCH(citizen.tap(terminal.footer()->backButton()));
        TOUCH(citizen.tap(terminal.footer()->backButton()));
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
        auto* index = terminal.homeScreen()->findChild<QPushButton*>(QStringLiteral("serviceIndexButton"));
        TOUCH(citizen.tap(index));
        QCOMPARE(terminal.journey.step(), JourneyStep::ServiceIndex);
        bt::widgets::TileButton* sperrmuell =
            terminal.serviceIndexScreen()->serviceTile(QStringLiteral("local:sperrmuell-abholung"));
        TOUCH(citizen.tap(sperrmuell));
        QCOMPARE(terminal.journey.step(), JourneyStep::ServicePage);
        terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        terminal.serviceScreen()->retranslate();
        TOUCH(citizen.tap(terminal.serviceScreen()->startButton()));
        QCOMPARE(terminal.journey.step(), JourneyStep::Form);
    }
};

BT_TOUCH_SCENARIO_MAIN(tst_QuickTapsByTouch)
#include "tst_QuickTapsByTouch.moc"
