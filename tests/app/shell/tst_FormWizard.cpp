// The guided form in the kiosk: "Jetzt beginnen" on the service page, one step at a time with
// "Schritt n von m", checks on "Weiter", the review with a way back to each step, and the wipe.
#include "DraftSavedOverlay.h"
#include "DraftService.h"
#include "ErrorSummary.h"
#include "FieldEditor.h"
#include "FormFilling.h"
#include "FormScreen.h"
#include "HomeScreen.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ServiceScreen.h"
#include "StepView.h"
#include "SubmissionReader.h"
#include "SubmissionWriter.h"
#include "TerminalFixture.h"
#include "TestDrafts.h"

#include <QDate>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using bt::app::JourneyStep;
using bt::forms::DataType;
using bt::forms::FieldEditor;
using bt::test::TerminalFixture;

using bt::test::answerStep;

class tst_FormWizard : public QObject
{
    Q_OBJECT

    // A citizen identified as far as the service needs (the ID card comes with its own issue).
    static std::unique_ptr<TerminalFixture> atServicePage(const QString& serviceKey, bt::app::TrustLevel identified)
    {
        auto terminal = std::make_unique<TerminalFixture>();
        terminal->startJourney();
        terminal->session.setAchievedTrustLevel(identified);
        terminal->workflows.journey.chooseService(serviceKey);
        TerminalFixture::settle();
        return terminal;
    }

private Q_SLOTS:
    void startNeedsTheTrustLevelOfTheService()
    {
        auto terminal = atServicePage(QStringLiteral("local:sperrmuell-abholung"), bt::app::TrustLevel::None);
        QVERIFY(!terminal->serviceScreen()->startButton()->isVisible());
        terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::Basic);
        terminal->serviceScreen()->retranslate();
        QVERIFY(terminal->serviceScreen()->startButton()->isVisible());
    }

    void everyShippedFormCanBeFilledAndReviewed_data()
    {
        QTest::addColumn<QString>("serviceKey");
        QTest::newRow("Sperrmüll") << QStringLiteral("local:sperrmuell-abholung");
        QTest::newRow("Meldebescheinigung") << QStringLiteral("99115003012000");
        QTest::newRow("Führungszeugnis") << QStringLiteral("99049001001000");
        QTest::newRow("Bewohnerparkausweis") << QStringLiteral("99108001001000");
        QTest::newRow("Hundesteuer") << QStringLiteral("99102013104000");
        QTest::newRow("Gewerbeanmeldung") << QStringLiteral("99050012104000");
        QTest::newRow("Blaue Karte") << QStringLiteral("local:blaue-karte-eu");
    }

    // Filled, reviewed, serialised, saved for later and resumed with the code: the whole way.
    void everyShippedFormCanBeFilledAndReviewed()
    {
        QFETCH(QString, serviceKey);
        bt::test::TestDrafts testDrafts;
        bt::app::DraftService& drafts = testDrafts.service;
        auto terminal = atServicePage(serviceKey, bt::app::TrustLevel::High);
        terminal->workflows.drafts.setStore(&drafts, 30);
        QPushButton* start = terminal->serviceScreen()->startButton();
        QVERIFY(start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        bt::app::FormScreen* form = terminal->formScreen();
        const int steps = form->form().plan().size();
        QVERIFY(steps > 1);
        QVERIFY2(form->progressText().startsWith(QStringLiteral("Schritt 1 von %1").arg(steps)),
                 qPrintable(form->progressText()));

        // "Weiter" on an empty step: it stays, says what is missing, focuses the first problem.
        QTest::mouseClick(form->nextButton(), Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(form->form().currentStep(), 0);
        QVERIFY(form->stepView()->errorSummary()->isVisible());
        QVERIFY(!form->stepView()->errorSummary()->lineButtons().isEmpty());

        for (int step = 0; step < steps; ++step) {
            QVERIFY2(answerStep(*form, terminal->journey),
                     qPrintable(QStringLiteral("step %1: %2").arg(step + 1).arg(form->progressText())));
        }
        QCOMPARE(terminal->journey.step(), JourneyStep::Review);
        bt::app::ReviewScreen* review = terminal->reviewScreen();
        QVERIFY(review->stepText(0).contains(QStringLiteral("Muster")) || !review->stepText(0).isEmpty());

        // "Ändern" goes back to that step with the answers still there.
        auto* change = review->findChild<QPushButton*>(QStringLiteral("changeStep%1").arg(steps - 1));
        QVERIFY(change);
        // (A scrolling page takes mouse presses for its swipe gesture; click() is a finger's tap.)
        change->click();
        TerminalFixture::settle();
        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        QCOMPARE(form->form().currentStep(), steps - 1);
        QVERIFY(form->form().problemsIn(form->stepView()->content(), QDate::currentDate()).empty());

        // Serialised, both ways, to exactly these answers.
        const bt::forms::FormAnswers given = form->form().answers();
        bt::forms::SubmissionError error;
        for (const auto& bytes :
             {bt::forms::SubmissionWriter::toXml(*form->form().schema(), form->form().formId(), given, &error),
              bt::forms::SubmissionWriter::toJson(*form->form().schema(), form->form().formId(), given, &error)}) {
            QVERIFY2(bytes, qPrintable(error.toString()));
            const auto read = bt::forms::SubmissionReader::read(*bytes, *form->form().schema(), &error);
            QVERIFY2(read && read->answers == given, qPrintable(error.toString()));
        }

        // Saved for later, the session ends, and the code brings every answer back.
        QTest::mouseClick(form->laterButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(terminal->draftSavedOverlay()->isOpen(), 10000);
        const QString code = terminal->draftSavedOverlay()->shownCode();
        QTest::mouseClick(terminal->draftSavedOverlay()->doneButton(), Qt::LeftButton);
        // The next citizen finds nothing of it.
        QCOMPARE(terminal->journey.step(), JourneyStep::Attract);
        QVERIFY(form->form().answers().isEmpty());
        QVERIFY(!form->form().schema());

        terminal->startJourney();
        terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        QTest::mouseClick(terminal->homeScreen()->resumeButton(), Qt::LeftButton);
        bt::app::ResumeScreen* resume = terminal->resumeScreen();
        QTest::mouseClick(resume->codeField(), Qt::LeftButton);
        QTest::keyClicks(resume->codeField(), code);
        QTest::mouseClick(resume->openButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(terminal->journey.step(), JourneyStep::Form, 10000);
        QVERIFY(form->form().answers() == given);
        terminal->journey.wipe(bt::app::Journey::WipeReason::Cancelled);
    }

    // "Später fortsetzen": the code on the screen opens exactly the answers given so far.
    void saveForLaterShowsTheCodeThatOpensTheAnswers()
    {
        bt::test::TestDrafts testDrafts;
        bt::app::DraftService& drafts = testDrafts.service;
        auto terminal = atServicePage(QStringLiteral("local:sperrmuell-abholung"), bt::app::TrustLevel::Basic);
        terminal->workflows.drafts.setStore(&drafts, 30);
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        bt::app::FormScreen* form = terminal->formScreen();
        QVERIFY(answerStep(*form, terminal->journey));
        QVERIFY(form->laterButton()->isVisible());
        QTest::mouseClick(form->laterButton(), Qt::LeftButton);
        bt::app::DraftSavedOverlay* saved = terminal->draftSavedOverlay();
        QTRY_VERIFY_WITH_TIMEOUT(saved->isOpen(), 10000);
        const QString shown = saved->shownCode();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$")).match(shown).hasMatch(),
            qPrintable(shown));
        QVERIFY(terminal->window->grab().save(QStringLiteral(BT_TEST_OUTPUT_DIR "/draft-saved.png")));
        const bt::forms::FormAnswers given = form->form().answers();
        QVERIFY(!given.isEmpty());

        std::optional<bt::app::ResumeCode> code = bt::app::ResumeCode::parse(shown);
        QVERIFY(code);
        QSignalSpy resumed(&drafts, &bt::app::DraftService::resumed);
        drafts.resume(std::make_shared<const bt::app::ResumeCode>(std::move(*code)));
        QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 10000);
        const auto opening = resumed.first().first().value<std::shared_ptr<bt::app::DraftOpening>>();
        QCOMPARE(opening->status, bt::app::DraftOpening::Status::Opened);
        QCOMPARE(opening->formId, QStringLiteral("sperrmuell"));
        bt::forms::SubmissionError error;
        const auto reopened =
            bt::forms::SubmissionReader::read(opening->answers.view().toByteArray(), *form->form().schema(), &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QVERIFY(reopened->answers == given);

        // "Fertig" ends the session: the code leaves the screen with everything else.
        QTest::mouseClick(saved->doneButton(), Qt::LeftButton);
        QCOMPARE(terminal->journey.step(), JourneyStep::Attract);
        QVERIFY(!saved->isOpen());
        QVERIFY(saved->shownCode().isEmpty());
        QVERIFY(form->form().answers().isEmpty());
    }

    // Sealing takes a moment; a citizen who leaves before it ends must not hand the code to the next.
    void aCodeSealedAfterTheSessionEndedIsShownToNobody()
    {
        bt::test::TestDrafts testDrafts;
        bt::app::DraftService& drafts = testDrafts.service;
        auto terminal = atServicePage(QStringLiteral("local:sperrmuell-abholung"), bt::app::TrustLevel::Basic);
        terminal->workflows.drafts.setStore(&drafts, 30);
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        QVERIFY(answerStep(*terminal->formScreen(), terminal->journey));
        QSignalSpy saved(&drafts, &bt::app::DraftService::saved);
        terminal->formScreen()->laterButton()->click();
        terminal->journey.wipe(bt::app::Journey::WipeReason::IdleTimeout); // gone before the code is ready
        // The next citizen is already in a form when the code arrives.
        terminal->startJourney();
        terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::Basic);
        terminal->workflows.journey.chooseService(QStringLiteral("local:sperrmuell-abholung"));
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        TerminalFixture::settle();
        QVERIFY(!terminal->draftSavedOverlay()->isOpen());
        QVERIFY(terminal->draftSavedOverlay()->shownCode().isEmpty());
    }

    void previousStepKeepsWhatWasTyped()
    {
        auto terminal = atServicePage(QStringLiteral("local:sperrmuell-abholung"), bt::app::TrustLevel::Basic);
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        bt::app::FormScreen* form = terminal->formScreen();
        QVERIFY(answerStep(*form, terminal->journey));
        QCOMPARE(form->form().currentStep(), 1);
        const QList<FieldEditor*> editors = form->stepView()->findChildren<FieldEditor*>();
        FieldEditor* first = nullptr;
        for (FieldEditor* editor : editors) {
            // A field of the step itself (not of an occurrence of a repeated group).
            if (editor->takesInput() && editor->isVisible() && editor->field().type == DataType::Text &&
                form->stepView()->editor(editor->field().id) == editor) {
                first = editor;
                break;
            }
        }
        QVERIFY(first);
        const QString fieldId = first->field().id;
        first->setValue(QStringLiteral("Halb ausgefüllt"));
        QTest::mouseClick(form->previousButton(), Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(form->form().currentStep(), 0);
        QTest::mouseClick(form->nextButton(), Qt::LeftButton);
        TerminalFixture::settle();
        QCOMPARE(form->form().currentStep(), 1);
        QCOMPARE(form->stepView()->editor(fieldId)->value(), QStringLiteral("Halb ausgefüllt"));
    }
};

QTEST_MAIN(tst_FormWizard)
#include "tst_FormWizard.moc"
