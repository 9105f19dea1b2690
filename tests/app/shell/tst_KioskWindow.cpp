#include "AccessibilityOverlay.h"
#include "AttractScreen.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "FooterBar.h"
#include "HeaderBar.h"
#include "HelpOverlay.h"
#include "HomeScreen.h"
#include "HttpStaffCall.h"
#include "HttpTestPeer.h"
#include "LanguagePicker.h"
#include "OnScreenKeyboard.h"
#include "QrCode.h"
#include "ResumeScreen.h"
#include "ServiceIndexScreen.h"
#include "ServiceScreen.h"
#include "TerminalFixture.h"
#include "TileButton.h"
#include "TopicScreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using bt::app::JourneyStep;
using bt::test::TerminalFixture;

namespace {

QString homeTitle(const TerminalFixture& terminal)
{
    return terminal.homeScreen()->findChildren<QLabel*>().first()->text();
}

QString topicTitle(const TerminalFixture& terminal)
{
    return terminal.window->findChild<QLabel*>(QStringLiteral("topicTitle"))->text();
}

} // namespace

class tst_KioskWindow : public QObject
{
    Q_OBJECT

    bt::test::ManualClock m_wallClock; // for the staff call's time stamp

private Q_SLOTS:
    void startsOnTheAttractScreen()
    {
        TerminalFixture terminal;
        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);
        QCOMPARE(terminal.currentScreen(), terminal.attractScreen());
        QVERIFY(!terminal.header()->isVisible());
        QVERIFY(!terminal.footer()->isVisible());
        QVERIFY(!terminal.idleWatcher.isActive());
        const QStringList lines = [&] {
            QStringList texts;
            for (const QLabel* label : terminal.attractScreen()->findChildren<QLabel*>()) {
                texts.append(label->text());
            }
            return texts;
        }();
        QVERIFY(lines.contains(QStringLiteral("Bitte berühren Sie den Bildschirm")));
        QVERIFY(lines.contains(QStringLiteral("Please touch the screen")));
        QVERIFY(lines.contains(QStringLiteral("Musterstadt")));
    }

    void touchStartsInTheDefaultLanguage()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
        QCOMPARE(terminal.currentScreen(), terminal.homeScreen());
        QVERIFY(terminal.header()->isVisible());
        QVERIFY(terminal.footer()->isVisible());
        QVERIFY(!terminal.footer()->backButton()->isVisible());
        QVERIFY(terminal.idleWatcher.isActive());
        QCOMPARE(homeTitle(terminal), QStringLiteral("Was möchten Sie erledigen?"));
        QCOMPARE(terminal.homeScreen()->tileFor(QStringLiteral("mobilitaet-reisen"))->text(),
                 QStringLiteral("Mobilität & Reisen"));
        QVERIFY(terminal.header()->languagePicker()->buttonFor(QStringLiteral("de"))->isChecked());
    }

    void languageButtonOnTheAttractScreenStartsInThatLanguage()
    {
        TerminalFixture terminal;
        QTest::mouseClick(terminal.attractScreen()->languagePicker()->buttonFor(QStringLiteral("en")), Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
        QCOMPARE(terminal.session.language(), QStringLiteral("en"));
        QCOMPARE(homeTitle(terminal), QStringLiteral("What would you like to do?"));
        QCOMPARE(terminal.homeScreen()->tileFor(QStringLiteral("mobilitaet-reisen"))->text(),
                 QStringLiteral("Mobility & travel"));
    }

    void languageSwitchRetranslatesTheVisibleScreen()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.homeScreen()->tileFor(QStringLiteral("bildung"))->click();
        TerminalFixture::settle();
        QCOMPARE(topicTitle(terminal), QStringLiteral("Bildung"));
        QCOMPARE(terminal.footer()->backButton()->text(), QStringLiteral("‹ Zurück"));

        QPushButton* english = terminal.header()->languagePicker()->buttonFor(QStringLiteral("en"));
        QTest::mouseClick(english, Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::Topic); // the citizen stays where they were
        QCOMPARE(topicTitle(terminal), QStringLiteral("Education"));
        QCOMPARE(terminal.footer()->backButton()->text(), QStringLiteral("‹ Back"));
        QCOMPARE(terminal.header()->helpButton()->text(), QStringLiteral("Help"));
        QVERIFY(english->isChecked());
        QVERIFY(english->text().startsWith(QStringLiteral("✓")));

        QTest::mouseClick(terminal.header()->languagePicker()->buttonFor(QStringLiteral("de")), Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(topicTitle(terminal), QStringLiteral("Bildung"));
        QCOMPARE(terminal.header()->helpButton()->text(), QStringLiteral("Hilfe"));
    }

    void topicListsItsServicesByLebenslage()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.homeScreen()->tileFor(QStringLiteral("familie-kind"))->click();
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::Topic);
        QCOMPARE(topicTitle(terminal), QStringLiteral("Familie & Kind"));
        QStringList headings;
        for (const QLabel* label : terminal.topicScreen()->findChildren<QLabel*>()) {
            if (label->property("role").toString() == u"heading") {
                headings.append(label->text());
            }
        }
        QVERIFY2(headings.contains(QStringLiteral("Geburt")), qPrintable(headings.join(u'|')));
        bt::widgets::TileButton* birthCertificate =
            terminal.topicScreen()->serviceTile(QStringLiteral("99027002012000"));
        QVERIFY(birthCertificate);
        QVERIFY(terminal.footer()->backButton()->isVisible());

        birthCertificate->click();
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::ServicePage);
        QCOMPARE(terminal.session.serviceKey(), QStringLiteral("99027002012000"));

        QTest::mouseClick(terminal.footer()->backButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::Topic);
        QTest::mouseClick(terminal.footer()->backButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
        QVERIFY(!terminal.footer()->backButton()->isVisible());
    }

    void searchAsYouTypeLeadsToTheServicePage()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        bt::app::HomeScreen* home = terminal.homeScreen();
        QLineEdit* field = home->searchField();
        QVERIFY(field->isVisible());
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("Perso"));
        QTRY_VERIFY(home->shownResults().contains(QStringLiteral("99008001012000")));
        QVERIFY(!home->tileFor(QStringLiteral("bildung"))->isVisible()); // results replace the topics

        home->resultFor(QStringLiteral("99008001012000"))->click();
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::ServicePage);
        bt::app::ServiceScreen* page = terminal.serviceScreen();
        QCOMPARE(page->sectionText(QStringLiteral("whatHeading")), QStringLiteral("Was ist das?"));
        QVERIFY2(page->sectionText(QStringLiteral("costBody")).contains(QStringLiteral("37,00")),
                 qPrintable(page->sectionText(QStringLiteral("costBody"))));
        QVERIFY(page->sectionText(QStringLiteral("responsibleBody")).contains(QStringLiteral("Rathausplatz 1")));
        QCOMPARE(page->sectionText(QStringLiteral("identificationBody")),
                 QStringLiteral("Sie weisen sich mit Ihrem Personalausweis und Ihrer PIN aus."));
        QCOMPARE(terminal.session.requiredTrustLevel(), bt::app::TrustLevel::High);

        // Back: the query and its results are still there.
        QTest::mouseClick(terminal.footer()->backButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
        QCOMPARE(field->text(), QStringLiteral("Perso"));
        QVERIFY(home->shownResults().contains(QStringLiteral("99008001012000")));

        // Switching the language names the results in the new language.
        QTest::mouseClick(terminal.header()->languagePicker()->buttonFor(QStringLiteral("en")), Qt::LeftButton);
        TerminalFixture::settle();
        QTRY_COMPARE(home->resultFor(QStringLiteral("99008001012000"))->text(),
                     terminal.catalog.find(QStringLiteral("99008001012000"))->plainName.in(QStringLiteral("en")));

        // The next citizen does not see this query.
        terminal.journey.wipe(bt::app::Journey::WipeReason::Cancelled);
        QVERIFY(field->text().isEmpty());
        QVERIFY(home->shownResults().isEmpty());
        QVERIFY(!home->isShowingResults());
    }

    // A touch-only citizen: the keyboard comes with the field and types the search.
    void onScreenKeyboardTypesTheSearch()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        bt::widgets::OnScreenKeyboard* keyboard = terminal.keyboard();
        QVERIFY(keyboard);
        QVERIFY(!keyboard->isVisible()); // not before a field is touched: the Themenfelder need the room
        bt::app::HomeScreen* home = terminal.homeScreen();
        QTest::mouseClick(home->searchField(), Qt::LeftButton);
        QTRY_VERIFY(keyboard->isVisible());
        for (const QString& key :
             {QStringLiteral("h"), QStringLiteral("u"), QStringLiteral("n"), QStringLiteral("d")}) {
            QTest::mouseClick(keyboard->keyFor(key), Qt::LeftButton);
        }
        QCOMPARE(home->searchField()->text(), QStringLiteral("hund"));
        QTRY_VERIFY(!home->shownResults().isEmpty());
        // The results stay in sight above the keyboard.
        QWidget* firstResult = home->resultFor(home->shownResults().constFirst());
        QVERIFY(firstResult->isVisible());
        const QPoint resultTop = firstResult->mapTo(terminal.window.get(), QPoint(0, 0));
        QVERIFY(resultTop.y() < keyboard->mapTo(terminal.window.get(), QPoint(0, 0)).y());

        QTest::mouseClick(keyboard->doneKey(), Qt::LeftButton);
        QTRY_VERIFY(!keyboard->isVisible());
        QCOMPARE(home->searchField()->text(), QStringLiteral("hund"));

        QTest::mouseClick(home->searchField(), Qt::LeftButton);
        QTRY_VERIFY(keyboard->isVisible());
        terminal.journey.wipe(bt::app::Journey::WipeReason::Cancelled);
        QTRY_VERIFY(!keyboard->isVisible()); // the start screen has no field
    }

    void noOnScreenKeyboardWithAPhysicalOne()
    {
        TerminalFixture terminal(bt::app::KioskWindow::Mode::Kiosk, nullptr, [](bt::app::TerminalConfig& config) {
            config.onScreenKeyboard = false;
        });
        QVERIFY(!terminal.keyboard());
        QVERIFY(terminal.window->findChildren<bt::widgets::OnScreenKeyboard*>().isEmpty());
    }

    void everyServiceFromAToZ()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        auto* indexButton = terminal.homeScreen()->findChild<QPushButton*>(QStringLiteral("serviceIndexButton"));
        QCOMPARE(indexButton->text(), QStringLiteral("Alle Leistungen von A bis Z"));
        indexButton->click();
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::ServiceIndex);
        bt::app::ServiceIndexScreen* index = terminal.serviceIndexScreen();
        // Every service once, under the letter of the name citizens use; umlauts under their vowel.
        QCOMPARE(index->findChildren<bt::widgets::TileButton*>(QRegularExpression(QStringLiteral("^index_"))).size(),
                 static_cast<qsizetype>(terminal.catalog.services().size()));
        const QStringList letters = index->letters();
        QVERIFY(letters.contains(QStringLiteral("A")));
        QVERIFY(!letters.contains(QStringLiteral("Ä")));
        QVERIFY(std::is_sorted(letters.begin(), letters.end()));
        auto* dogTax = index->serviceTile(QStringLiteral("99102013104000"));
        QVERIFY(dogTax);
        dogTax->click();
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::ServicePage);
        QTest::mouseClick(terminal.footer()->backButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::ServiceIndex);
    }

    void onlineServicesShowAQrCode()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.workflows.journey.chooseService(QStringLiteral("local:einkommensteuererklaerung"));
        TerminalFixture::settle();
        bt::widgets::QrCode* code = terminal.serviceScreen()->onlineCode();
        QVERIFY(code->isVisible());
        QCOMPARE(code->text(), QStringLiteral("https://www.elster.de"));
        QVERIFY(terminal.serviceScreen()->sectionText(QStringLiteral("howBody")).contains(code->text()));

        QTest::mouseClick(terminal.footer()->backButton(), Qt::LeftButton);
        terminal.workflows.journey.chooseService(QStringLiteral("99102013104000")); // in person only
        TerminalFixture::settle();
        QVERIFY(!code->isVisible());
    }

    void nothingFoundOffersTopicsAndACorrection()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        bt::app::HomeScreen* home = terminal.homeScreen();
        home->searchField()->setText(QStringLiteral("Xylophonunterricht"));
        QTRY_VERIFY(home->isShowingResults());
        QVERIFY(home->shownResults().isEmpty());
        const QLabel* intro = home->findChild<QLabel*>(QStringLiteral("homeIntro"));
        QVERIFY2(intro->text().startsWith(QStringLiteral("Zu „Xylophonunterricht“ haben wir nichts gefunden")),
                 qPrintable(intro->text()));
        QVERIFY(!home->findChildren<bt::widgets::TileButton*>(QRegularExpression(QStringLiteral("^suggestion_")))
                     .isEmpty());

        home->searchField()->setText(QStringLiteral("Riesepass beantragen"));
        auto* didYouMean = home->findChild<QPushButton*>(QStringLiteral("didYouMeanButton"));
        QTRY_VERIFY(didYouMean->isVisible());
        QVERIFY2(didYouMean->text().contains(QStringLiteral("Reisepass")), qPrintable(didYouMean->text()));
        didYouMean->click();
        QVERIFY(home->searchField()->text().startsWith(QStringLiteral("Reisepass")));
    }

    void readingAidsChangeTheLookAtOnce()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        const int normalSize = QApplication::font().pixelSize();
        QTest::mouseClick(terminal.header()->readingAidsButton(), Qt::LeftButton);
        auto* aids = terminal.readingAidsOverlay();
        QVERIFY(aids->isOpen());
        QTest::mouseClick(aids->textSizeButton(bt::widgets::TextSize::ExtraLarge), Qt::LeftButton);
        QVERIFY(QApplication::font().pixelSize() > normalSize);
        QVERIFY(aids->textSizeButton(bt::widgets::TextSize::ExtraLarge)->isChecked());
        QVERIFY(!aids->textSizeButton(bt::widgets::TextSize::Normal)->isChecked());
        QTest::mouseClick(aids->contrastButton(bt::widgets::Contrast::High), Qt::LeftButton);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(terminal.session.theme().contrast, bt::widgets::Contrast::High);
        QTest::mouseClick(aids->findChild<QPushButton*>(QStringLiteral("doneButton")), Qt::LeftButton);
        QVERIFY(!aids->isOpen());

        // The next citizen gets the terminal's defaults back.
        terminal.journey.wipe(bt::app::Journey::WipeReason::Cancelled);
        QCOMPARE(QApplication::font().pixelSize(), normalSize);
        QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
    }

    void helpShowsWhereToFindStaff()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        QTest::mouseClick(terminal.header()->helpButton(), Qt::LeftButton);
        QVERIFY(terminal.helpOverlay()->isOpen());
        const QString personal = terminal.helpOverlay()->findChild<QLabel*>(QStringLiteral("personalHelp"))->text();
        QVERIFY2(personal.contains(terminal.config.serviceDesk), qPrintable(personal));
        QTest::mouseClick(terminal.helpOverlay()->findChild<QPushButton*>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
        QVERIFY(!terminal.helpOverlay()->isOpen());
    }

    void withoutACallSystemHelpHasNoCallButton()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.helpOverlay()->open();
        QVERIFY(!terminal.helpOverlay()->callButton()->isVisible());
        QCOMPARE(terminal.helpOverlay()->callState(), bt::app::HelpOverlay::CallState::Unavailable);
    }

    void helpCallsStaffToTheTerminal()
    {
        bt::test::HttpTestPeer callSystem;
        QVERIFY(callSystem.listen());
        bt::app::HttpStaffCall staffCall(
            QUrl(callSystem.url(QStringLiteral("/call"))), QStringLiteral("t-1"), 5s, m_wallClock);
        TerminalFixture terminal(bt::app::KioskWindow::Mode::Kiosk, &staffCall);
        terminal.startJourney();
        QTest::mouseClick(terminal.header()->helpButton(), Qt::LeftButton);
        auto* help = terminal.helpOverlay();
        QVERIFY(help->callButton()->isVisible());

        QTest::mouseClick(help->callButton(), Qt::LeftButton);
        QCOMPARE(help->callState(), bt::app::HelpOverlay::CallState::Calling);
        QVERIFY(!help->callButton()->isEnabled()); // one call at a time
        QTRY_COMPARE(help->callState(), bt::app::HelpOverlay::CallState::Called);
        QCOMPARE(callSystem.requests().size(), std::size_t(1));
        QVERIFY(!help->callButton()->isVisible());
        QCOMPARE(help->callStatusText(),
                 QStringLiteral("Wir haben unser Personal gerufen. Bitte bleiben Sie am Terminal: "
                                "Gleich kommt jemand zu Ihnen."));

        // The next citizen can call again.
        terminal.journey.wipe(bt::app::Journey::WipeReason::Cancelled);
        QCOMPARE(help->callState(), bt::app::HelpOverlay::CallState::Ready);
    }

    void aFailedCallSaysWhereToGo()
    {
        bt::test::HttpTestPeer callSystem;
        QVERIFY(callSystem.listen());
        callSystem.setStatus(500);
        bt::app::HttpStaffCall staffCall(
            QUrl(callSystem.url(QStringLiteral("/call"))), QStringLiteral("t-1"), 5s, m_wallClock);
        TerminalFixture terminal(bt::app::KioskWindow::Mode::Kiosk, &staffCall);
        terminal.startJourney();
        terminal.helpOverlay()->open();
        QTest::mouseClick(terminal.helpOverlay()->callButton(), Qt::LeftButton);
        QTRY_COMPARE(terminal.helpOverlay()->callState(), bt::app::HelpOverlay::CallState::Failed);
        QVERIFY(terminal.helpOverlay()->callStatusText().contains(terminal.config.serviceDesk));
    }

    void startOverAsksBeforeDeleting()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.homeScreen()->tileFor(QStringLiteral("umwelt"))->click();
        terminal.session.setPersonalValue(QStringLiteral("familyName"), u"Mustermann");

        QTest::mouseClick(terminal.footer()->startOverButton(), Qt::LeftButton);
        auto* confirm = terminal.startOverOverlay();
        QVERIFY(confirm->isOpen());
        QTest::mouseClick(confirm->dismissButton(), Qt::LeftButton);
        QVERIFY(!confirm->isOpen());
        QCOMPARE(terminal.journey.step(), JourneyStep::Topic);
        QVERIFY(terminal.session.hasPersonalData());

        QTest::mouseClick(terminal.footer()->startOverButton(), Qt::LeftButton);
        QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);
        QVERIFY(!terminal.session.hasPersonalData());
        QCOMPARE(terminal.currentScreen(), terminal.attractScreen());
    }

    void startOverOnAnUntouchedHomeScreenNeedsNoQuestion()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        QTest::mouseClick(terminal.footer()->startOverButton(), Qt::LeftButton);
        QVERIFY(!terminal.startOverOverlay()->isOpen());
        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);
    }

    void idleCountdownThenWipe()
    {
        TerminalFixture terminal;
        QTest::mouseClick(terminal.attractScreen()->languagePicker()->buttonFor(QStringLiteral("en")), Qt::LeftButton);
        TerminalFixture::settle();
        terminal.session.setPersonalValue(QStringLiteral("familyName"), u"Mustermann");
        auto* countdown = terminal.countdownOverlay();

        terminal.clock.advance(terminal.config.idleTimeout - 1s);
        terminal.idleWatcher.poll();
        QVERIFY(!countdown->isOpen());

        terminal.clock.advance(1s);
        terminal.idleWatcher.poll();
        QVERIFY(countdown->isOpen());
        QCOMPARE(countdown->secondsLeft(), static_cast<int>(terminal.config.countdown.count()));
        QCOMPARE(countdown->message(),
                 QStringLiteral("For your privacy, everything you entered will be deleted in 30 seconds."));

        terminal.clock.advance(29s);
        terminal.idleWatcher.poll();
        QCOMPARE(countdown->secondsLeft(), 1);
        QCOMPARE(countdown->message(),
                 QStringLiteral("For your privacy, everything you entered will be deleted in 1 second."));
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);

        terminal.clock.advance(1s);
        terminal.idleWatcher.poll();
        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);
        QVERIFY(!countdown->isOpen());
        QVERIFY(!terminal.session.hasPersonalData());
        QCOMPARE(terminal.session.language(), QStringLiteral("de"));
        QVERIFY(!terminal.idleWatcher.isActive());
    }

    // Everything one citizen left on the terminal is gone after the idle wipe, before the next one
    // touches it: language and reading aids, the query, its results and the answers the search
    // kept for it, a typed resume code, a staff call, the open keyboard and overlays.
    void idleWipeLeavesNothingOfTheCitizen()
    {
        bt::test::HttpTestPeer callSystem;
        QVERIFY(callSystem.listen());
        bt::app::HttpStaffCall staffCall(
            QUrl(callSystem.url(QStringLiteral("/call"))), QStringLiteral("t-1"), 5s, m_wallClock);
        TerminalFixture terminal(bt::app::KioskWindow::Mode::Kiosk, &staffCall);
        terminal.startJourney();
        QTest::mouseClick(terminal.header()->languagePicker()->buttonFor(QStringLiteral("en")), Qt::LeftButton);
        TerminalFixture::settle();
        const bt::widgets::ThemeSettings readingAids{bt::widgets::TextSize::ExtraLarge, bt::widgets::Contrast::High};
        terminal.session.setTheme(readingAids);
        terminal.session.setPersonalValue(QStringLiteral("familyName"), u"Mustermann");

        bt::app::HomeScreen* home = terminal.homeScreen();
        QTest::mouseClick(home->searchField(), Qt::LeftButton);
        QTest::keyClicks(home->searchField(), QStringLiteral("Hundesteuer"));
        QTRY_VERIFY(!home->shownResults().isEmpty());

        terminal.helpOverlay()->open();
        auto* help = terminal.helpOverlay();
        QTest::mouseClick(help->callButton(), Qt::LeftButton);
        QTRY_COMPARE(help->callState(), bt::app::HelpOverlay::CallState::Called);

        terminal.workflows.journey.openResumeDraft();
        QCOMPARE(terminal.journey.step(), JourneyStep::ResumeDraft);
        QLineEdit* code = terminal.resumeScreen()->codeField();
        QTest::mouseClick(code, Qt::LeftButton);
        QTest::keyClicks(code, QStringLiteral("K7QM"));
        QVERIFY(!code->text().isEmpty());
        const bool keyboardUsed = terminal.keyboard() != nullptr;
        QTRY_VERIFY(!keyboardUsed || terminal.keyboard()->isVisible());

        QSignalSpy forgotten(&terminal.search, &bt::app::SearchService::recentQueriesForgotten);
        terminal.clock.advance(terminal.config.idleTimeout);
        terminal.idleWatcher.poll();
        QVERIFY(terminal.countdownOverlay()->isOpen());
        terminal.clock.advance(terminal.config.countdown);
        terminal.idleWatcher.poll();

        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);
        QVERIFY(!terminal.session.hasPersonalData());
        QCOMPARE(terminal.session.language(), QStringLiteral("de"));
        QCOMPARE(terminal.session.theme(), bt::widgets::ThemeSettings{});
        QVERIFY(home->searchField()->text().isEmpty());
        QVERIFY(home->shownResults().isEmpty());
        QVERIFY(!home->isShowingResults());
        QTRY_COMPARE(forgotten.count(), 1);
        QVERIFY(code->text().isEmpty());
        QVERIFY(terminal.resumeScreen()->message().isEmpty());
        QCOMPARE(help->callState(), bt::app::HelpOverlay::CallState::Ready);
        QVERIFY(!help->isOpen());
        QVERIFY(!terminal.countdownOverlay()->isOpen());
        QTRY_VERIFY(!keyboardUsed || !terminal.keyboard()->isVisible());
    }

    void idleCountdownDrivenByItsOwnTimer()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.clock.advance(terminal.config.idleTimeout + terminal.config.countdown);
        // No poll() here: the watcher's timer looks at the clock by itself.
        QTRY_COMPARE_WITH_TIMEOUT(terminal.journey.step(), JourneyStep::Attract, 3000);
    }

    void stillThereContinues()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.clock.advance(terminal.config.idleTimeout + 5s);
        terminal.idleWatcher.poll();
        auto* countdown = terminal.countdownOverlay();
        QVERIFY(countdown->isOpen());
        QTest::mouseClick(countdown->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
        QVERIFY(!countdown->isOpen());
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
        terminal.clock.advance(terminal.config.idleTimeout - 1s);
        terminal.idleWatcher.poll();
        QVERIFY(!countdown->isOpen());
    }

    void anyTouchCountsAsActivity()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.clock.advance(terminal.config.idleTimeout - 10s);
        QTest::mouseClick(terminal.homeScreen(), Qt::LeftButton);
        terminal.clock.advance(20s);
        terminal.idleWatcher.poll();
        QVERIFY(!terminal.countdownOverlay()->isOpen());
    }

    void attractScreenIsNeverWiped()
    {
        TerminalFixture terminal;
        QSignalSpy wiped(&terminal.journey, &bt::app::Journey::wiped);
        terminal.clock.advance(1h);
        terminal.idleWatcher.poll();
        QCOMPARE(wiped.count(), 0);
        QVERIFY(!terminal.countdownOverlay()->isOpen());
    }
};

QTEST_MAIN(tst_KioskWindow)
#include "tst_KioskWindow.moc"
