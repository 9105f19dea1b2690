// Every screen a citizen can reach, read through QAccessible as a screen reader reads it: each
// control has a name (with the "&" it shows) and a role, each picture a name
// (AccessibilityAudit.h says what exactly is checked). Each test walks some screens and fails
// with one line per problem: the screen, the element and what it lacks.
#include "AccessibilityAudit.h"
#include "AccessibilityOverlay.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "DraftSavedOverlay.h"
#include "FieldEditor.h"
#include "FormFilling.h"
#include "FormIndex.h"
#include "FormScreen.h"
#include "HeaderBar.h"
#include "HelpOverlay.h"
#include "HomeScreen.h"
#include "HttpStaffCall.h"
#include "HttpTestPeer.h"
#include "LanguageManager.h"
#include "NumberPad.h"
#include "OnScreenKeyboard.h"
#include "OutOfServiceScreen.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ServiceScreen.h"
#include "StepView.h"
#include "TerminalFixture.h"
#include "TestDrafts.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace std::chrono_literals;
using bt::app::JourneyStep;
using bt::test::TerminalFixture;

class tst_AccessibilityAudit : public QObject
{
    Q_OBJECT

    QStringList m_problems;
    bt::test::ManualClock m_wallClock; // for the staff call's time stamp

    // Returns how many controls the walk checked.
    int audit(QWidget& root, const QString& screen)
    {
        TerminalFixture::settle();
        const bt::test::AccessibilityAudit result = bt::test::auditAccessibility(root, screen);
        m_problems << result.problems;
        qDebug().noquote() << screen << result.controls << "controls";
        return result.controls;
    }

    // Every screen of the window has controls (at least the language buttons): a walk that finds
    // none is broken, and would pass anything.
    void audit(const TerminalFixture& terminal, const QString& screen)
    {
        if (audit(*terminal.window, screen) == 0) {
            m_problems << QStringLiteral("%1: no control found at all").arg(screen);
        }
    }

    // True if nothing was found; otherwise logs every problem (the failure message is cut short).
    [[nodiscard]] bool clean()
    {
        m_problems.removeDuplicates();
        for (const QString& problem : std::as_const(m_problems)) {
            qWarning().noquote() << problem;
        }
        return m_problems.isEmpty();
    }

    [[nodiscard]] QString report() const
    {
        return QStringLiteral("%1 problem(s), the first: %2").arg(m_problems.size()).arg(m_problems.value(0));
    }

    // Each field of the step on screen that is typed into, given the focus in turn as a tap
    // gives it (tests/scenarios tap with a finger): the on-screen keyboard or the number pad
    // comes up under it, and is read with the step.
    void auditWhileTyping(TerminalFixture& terminal, const QString& screen)
    {
        for (bt::forms::FieldEditor* editor :
             terminal.formScreen()->stepView()->findChildren<bt::forms::FieldEditor*>()) {
            QLineEdit* input = editor->isVisible() && !editor->isLocked() ? editor->findChild<QLineEdit*>() : nullptr;
            if (!input || !input->isVisible()) {
                continue;
            }
            input->setFocus(Qt::MouseFocusReason);
            const auto padOpen = [editor] { return editor->numberPad() && editor->numberPad()->isVisible(); };
            const auto keyboardOpen = [&terminal] { return terminal.keyboard()->isVisible(); };
            QTRY_VERIFY2(padOpen() || keyboardOpen(), qPrintable(screen + u' ' + editor->field().id));
            audit(terminal,
                  QStringLiteral("%1, field %2 with the %3")
                      .arg(screen,
                           editor->field().id,
                           padOpen() ? QStringLiteral("number pad") : QStringLiteral("keyboard")));
        }
    }

private Q_SLOTS:
    void init() { m_problems.clear(); }

    void startScreen()
    {
        TerminalFixture terminal;
        audit(terminal, QStringLiteral("start screen"));
        QVERIFY2(clean(), qPrintable(report()));
    }

    void homeSearchAndKeyboard()
    {
        TerminalFixture terminal;
        QApplication::setActiveWindow(terminal.window.get());
        terminal.startJourney();
        audit(terminal, QStringLiteral("home"));

        bt::app::HomeScreen* home = terminal.homeScreen();
        home->searchField()->setText(QStringLiteral("Perso"));
        QTRY_VERIFY(!home->shownResults().isEmpty());
        audit(terminal, QStringLiteral("home with search results"));
        home->searchField()->setText(QStringLiteral("Riesepass beantragen"));
        QTRY_VERIFY(home->findChild<QPushButton*>(QStringLiteral("didYouMeanButton"))->isVisible());
        audit(terminal, QStringLiteral("home with \"did you mean\""));
        home->searchField()->setText(QStringLiteral("Xylophonunterricht"));
        QTRY_VERIFY(home->isShowingResults() && home->shownResults().isEmpty());
        audit(terminal, QStringLiteral("home, nothing found"));

        QTest::mouseClick(home->searchField(), Qt::LeftButton);
        QTRY_VERIFY(terminal.keyboard()->isVisible());
        audit(terminal, QStringLiteral("home with the on-screen keyboard"));
        QTest::mouseClick(terminal.keyboard()->shiftKey(), Qt::LeftButton);
        audit(terminal, QStringLiteral("home with the on-screen keyboard shifted"));
        QVERIFY2(clean(), qPrintable(report()));
    }

    void everyThemenfeld()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        for (const bt::app::Themenfeld& field : terminal.taxonomy.themenfelder()) {
            terminal.workflows.journey.chooseThemenfeld(field.id);
            QCOMPARE(terminal.journey.step(), JourneyStep::Topic);
            audit(terminal, QStringLiteral("topic %1").arg(field.id));
        }
        QVERIFY2(clean(), qPrintable(report()));
    }

    void serviceIndexAndPages()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        terminal.workflows.journey.openServiceIndex();
        QCOMPARE(terminal.journey.step(), JourneyStep::ServiceIndex);
        audit(terminal, QStringLiteral("services A to Z"));
        // Online (with its QR code), in person only, and one filled in here.
        terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        for (const char* key : {"local:einkommensteuererklaerung", "99102013104000", "local:sperrmuell-abholung"}) {
            QVERIFY(terminal.workflows.journey.chooseService(QString::fromLatin1(key)));
            QCOMPARE(terminal.session.serviceKey(), QString::fromLatin1(key));
            QCOMPARE(terminal.journey.step(), JourneyStep::ServicePage);
            audit(terminal, QStringLiteral("service page %1").arg(QString::fromLatin1(key)));
            terminal.workflows.journey.back();
        }
        QVERIFY2(clean(), qPrintable(report()));
    }

    void everyStepOfEveryShippedForm_data()
    {
        QTest::addColumn<QString>("formId");
        for (const QString& formId : bt::app::FormIndex::shipped().formIds()) {
            QTest::newRow(qPrintable(formId)) << formId;
        }
    }

    void everyStepOfEveryShippedForm()
    {
        QFETCH(QString, formId);
        TerminalFixture terminal;
        QApplication::setActiveWindow(terminal.window.get());
        terminal.startJourney();
        terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        const auto service = std::find_if(
            terminal.catalog.services().begin(), terminal.catalog.services().end(), [&](const bt::app::Service& s) {
                return s.channel.kind == bt::app::Channel::Kind::Terminal && s.channel.formId == formId;
            });
        QVERIFY2(service != terminal.catalog.services().end(), "no service of the catalog offers this form");
        QVERIFY(terminal.workflows.journey.chooseService(service->key));
        QTest::mouseClick(terminal.serviceScreen()->startButton(), Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::Form);
        bt::app::FormScreen* form = terminal.formScreen();

        // "Weiter" on the empty first step: the error summary and a message under each field.
        QTest::mouseClick(form->nextButton(), Qt::LeftButton);
        audit(terminal, QStringLiteral("form %1, step 1 with errors").arg(formId));
        const int steps = form->form().plan().size();
        for (int step = 0; step < steps; ++step) {
            const QString screen = QStringLiteral("form %1, step %2").arg(formId).arg(step + 1);
            audit(terminal, screen);
            auditWhileTyping(terminal, screen);
            if (QTest::currentTestFailed()) {
                return;
            }
            QVERIFY2(bt::test::answerStep(*form, terminal.journey), qPrintable(screen));
        }
        QCOMPARE(terminal.journey.step(), JourneyStep::Review);
        audit(terminal, QStringLiteral("form %1, review").arg(formId));
        QVERIFY2(clean(), qPrintable(report()));
    }

    void draftSavedAndResume()
    {
        bt::test::TestDrafts drafts;
        TerminalFixture terminal;
        terminal.workflows.drafts.setStore(&drafts.service, drafts.keepDays);
        terminal.startJourney();
        terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        QVERIFY(terminal.workflows.journey.chooseService(QStringLiteral("local:sperrmuell-abholung")));
        QTest::mouseClick(terminal.serviceScreen()->startButton(), Qt::LeftButton);
        TerminalFixture::settle();
        QTest::mouseClick(terminal.formScreen()->laterButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.draftSavedOverlay()->isOpen(), 10000);
        audit(terminal, QStringLiteral("draft saved"));
        QTest::mouseClick(terminal.draftSavedOverlay()->doneButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);

        terminal.startJourney();
        audit(terminal, QStringLiteral("home with a draft to continue"));
        terminal.workflows.journey.openResumeDraft();
        QCOMPARE(terminal.journey.step(), JourneyStep::ResumeDraft);
        audit(terminal, QStringLiteral("resume"));
        bt::app::DraftOpening wrongCode;
        wrongCode.status = bt::app::DraftOpening::Status::WrongCode;
        wrongCode.attemptsLeft = 3;
        terminal.resumeScreen()->codeField()->setText(QStringLiteral("K7QM-X2PD-9RWT-H4NC"));
        terminal.resumeScreen()->showOutcome(wrongCode, drafts.keepDays);
        audit(terminal, QStringLiteral("resume with a wrong code"));
        QVERIFY2(clean(), qPrintable(report()));
    }

    void overlays()
    {
        bt::test::HttpTestPeer callSystem;
        QVERIFY(callSystem.listen());
        bt::app::HttpStaffCall staffCall(
            QUrl(callSystem.url(QStringLiteral("/call"))), QStringLiteral("t-1"), 5s, m_wallClock);
        TerminalFixture terminal(bt::app::KioskWindow::Mode::Kiosk, &staffCall);
        terminal.startJourney();

        terminal.helpOverlay()->open();
        QVERIFY(terminal.helpOverlay()->callButton()->isVisible());
        audit(terminal, QStringLiteral("help"));
        terminal.helpOverlay()->close();

        Q_EMIT terminal.header()->readingAidsRequested();
        QVERIFY(terminal.readingAidsOverlay()->isOpen());
        audit(terminal, QStringLiteral("reading aids"));
        terminal.readingAidsOverlay()->close();

        terminal.countdownOverlay()->setSecondsLeft(27);
        terminal.countdownOverlay()->open();
        audit(terminal, QStringLiteral("are you still there"));
        terminal.countdownOverlay()->close();

        QVERIFY(terminal.workflows.journey.chooseService(QStringLiteral("99102013104000")));
        terminal.workflows.journey.requestStartOver();
        QVERIFY(terminal.startOverOverlay()->isOpen());
        audit(terminal, QStringLiteral("start over"));
        QVERIFY2(clean(), qPrintable(report()));
    }

    void outOfService()
    {
        bt::app::LanguageManager languages;
        bt::app::OutOfServiceScreen screen(languages);
        screen.resize(1920, 1080);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        audit(screen, QStringLiteral("out of service"));
        QVERIFY2(clean(), qPrintable(report()));
    }
};

QTEST_MAIN(tst_AccessibilityAudit)
#include "tst_AccessibilityAudit.moc"
