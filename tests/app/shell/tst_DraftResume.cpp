// "Antrag fortsetzen" at the terminal: the code typed on the home screen's code page opens the
// saved answers in their form (after identifying again when the service needs it); wrong codes
// say how many tries are left, then lock; an expired draft is gone; a code checked after its
// citizen left opens nothing. Also the ID card's answers: filled in and locked.
#include "DraftSavedOverlay.h"
#include "DraftService.h"
#include "FieldEditor.h"
#include "FormFilling.h"
#include "FormLibrary.h"
#include "FormScreen.h"
#include "HomeScreen.h"
#include "IdentityData.h"
#include "ManualClock.h"
#include "OnScreenKeyboard.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ServiceScreen.h"
#include "StepView.h"
#include "SubmissionWriter.h"
#include "TerminalFixture.h"
#include "TestDrafts.h"
#include "WizardPlan.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using bt::app::DraftOpening;
using bt::app::DraftService;
using bt::app::JourneyStep;
using bt::app::TrustLevel;
using bt::test::TerminalFixture;

namespace {

const QString sperrmuell = QStringLiteral("local:sperrmuell-abholung");
const QString meldebescheinigung = QStringLiteral("99115003012000");

using Drafts = bt::test::TestDrafts;

// The Sperrmüll form's first step, answered in the submission format.
QByteArray sperrmuellAnswers(const QString& familyName)
{
    bt::app::Failure problem;
    const std::optional<bt::forms::FormSchema> schema =
        bt::app::formLibrary::load(QStringLiteral("sperrmuell"), &problem);
    if (!schema) {
        return {};
    }
    bt::forms::FormAnswers answers;
    const QString path = bt::forms::WizardPlan::of(*schema).steps().front().occurrencePath;
    answers.setValue(path, QStringLiteral("F99000001"), familyName);
    answers.setValue(path, QStringLiteral("F99000002"), QStringLiteral("Anna"));
    bt::forms::SubmissionError error;
    return bt::forms::SubmissionWriter::toXml(*schema, QStringLiteral("sperrmuell"), answers, &error)
        .value_or(QByteArray());
}

// Types like a finger on the on-screen keyboard: one key after the other.
void typeOnKeyboard(TerminalFixture& terminal, const QString& text)
{
    bt::widgets::OnScreenKeyboard* keyboard = terminal.keyboard();
    QVERIFY(keyboard);
    QTRY_VERIFY(keyboard->isVisible());
    for (const QChar character : text) {
        QPushButton* key = keyboard->keyFor(QString(character.toLower()));
        QVERIFY2(key, qPrintable(QString(character)));
        QTest::mouseClick(key, Qt::LeftButton);
    }
}

} // namespace

class tst_DraftResume : public QObject
{
    Q_OBJECT

    // A new citizen at the code page, with the terminal keeping drafts.
    static std::unique_ptr<TerminalFixture> atCodePage(Drafts& drafts)
    {
        auto terminal = std::make_unique<TerminalFixture>();
        terminal->workflows.drafts.setStore(&drafts.service, drafts.keepDays);
        terminal->startJourney();
        bt::app::HomeScreen* home = terminal->homeScreen();
        if (!home->resumeButton()->isVisible()) {
            return nullptr;
        }
        QTest::mouseClick(home->resumeButton(), Qt::LeftButton);
        TerminalFixture::settle();
        return terminal;
    }

    // Types the code into the field and taps "Öffnen"; returns once the terminal has answered.
    static void enterCode(TerminalFixture& terminal, DraftService& drafts, const QString& code)
    {
        bt::app::ResumeScreen* screen = terminal.resumeScreen();
        QSignalSpy answered(&drafts, &DraftService::resumed);
        screen->codeField()->clear();
        QTest::mouseClick(screen->codeField(), Qt::LeftButton);
        QTest::keyClicks(screen->codeField(), code);
        QTest::mouseClick(screen->openButton(), Qt::LeftButton);
        QVERIFY(answered.wait(10000));
        TerminalFixture::settle();
    }

private Q_SLOTS:
    void withoutDraftsThereIsNothingToContinue()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        QVERIFY(!terminal.homeScreen()->resumeButton()->isVisible());
        QVERIFY(!terminal.journey.go(JourneyStep::ServicePage));
    }

    // The whole way: saved by one citizen, typed days later by the same person on the keyboard
    // (small letters, without dashes), who must identify again before the form opens.
    void theCodeOpensTheAnswersAfterIdentifyingAgain()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Müller"_qs));
        QVERIFY(!code.isEmpty());
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        QCOMPARE(terminal->journey.step(), JourneyStep::ResumeDraft);
        bt::app::ResumeScreen* screen = terminal->resumeScreen();
        QVERIFY(!screen->openButton()->isEnabled());

        QTest::mouseClick(screen->codeField(), Qt::LeftButton);
        typeOnKeyboard(*terminal, QString(code).remove(u'-'));
        QCOMPARE(screen->codeField()->text(), code); // grouped as printed, in capitals
        QVERIFY(screen->openButton()->isEnabled());
        QSignalSpy answered(&drafts.service, &DraftService::resumed);
        QTest::mouseClick(screen->openButton(), Qt::LeftButton);
        QVERIFY(screen->isBusy());
        QVERIFY(answered.wait(10000));
        TerminalFixture::settle();

        // Not identified in this session: the service page, where identifying comes first.
        QCOMPARE(terminal->journey.step(), JourneyStep::ServicePage);
        QCOMPARE(terminal->session.serviceKey(), sperrmuell);
        QVERIFY(screen->codeField()->text().isEmpty()); // the code does not stay on a screen
        QVERIFY(!terminal->serviceScreen()->startButton()->isVisible());
        QVERIFY2(terminal->serviceScreen()
                     ->sectionText(QStringLiteral("howBody"))
                     .contains(QStringLiteral("gespeicherter Antrag ist geöffnet")),
                 qPrintable(terminal->serviceScreen()->sectionText(QStringLiteral("howBody"))));
        terminal->session.setAchievedTrustLevel(TrustLevel::Basic); // what the identification step will do
        terminal->serviceScreen()->retranslate();
        QCOMPARE(terminal->serviceScreen()->startButton()->text(), QStringLiteral("Antrag weiter ausfüllen"));
        QTest::mouseClick(terminal->serviceScreen()->startButton(), Qt::LeftButton);
        TerminalFixture::settle();

        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        bt::app::FormScreen* form = terminal->formScreen();
        QCOMPARE(form->form().formId(), QStringLiteral("sperrmuell"));
        QCOMPARE(form->form().currentStep(), 0);
        QCOMPARE(form->stepView()->editor(QStringLiteral("F99000001"))->value(), u"Müller"_qs);
        QCOMPARE(form->stepView()->editor(QStringLiteral("F99000002"))->value(), QStringLiteral("Anna"));
        QVERIFY(!form->form().resumedDraftId().isEmpty());

        // "Zurück" to the service page and "Jetzt beginnen" again: the answers are still there.
        QVERIFY(terminal->journey.back());
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        QCOMPARE(form->stepView()->editor(QStringLiteral("F99000001"))->value(), u"Müller"_qs);

        // Saved again: a new code, and the old one opens nothing any more.
        QVERIFY(form->laterButton()->isVisible());
        QTest::mouseClick(form->laterButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(terminal->draftSavedOverlay()->isOpen(), 10000);
        const QString newCode = terminal->draftSavedOverlay()->shownCode();
        QVERIFY(!newCode.isEmpty() && newCode != code);
        QTest::mouseClick(terminal->draftSavedOverlay()->doneButton(), Qt::LeftButton);
        QCOMPARE(terminal->journey.step(), JourneyStep::Attract);
        QVERIFY(form->form().answers().isEmpty());
        QVERIFY(form->form().resumedDraftId().isEmpty());
        terminal->startJourney();
        terminal->workflows.journey.openResumeDraft();
        enterCode(*terminal, drafts.service, code);
        QVERIFY2(screen->message().contains(QStringLiteral("keinen gespeicherten Antrag")),
                 qPrintable(screen->message()));
        enterCode(*terminal, drafts.service, newCode);
        QCOMPARE(terminal->journey.step(), JourneyStep::ServicePage);
    }

    // A citizen who stops at the review keeps everything too.
    void saveForLaterFromTheReview()
    {
        Drafts drafts;
        TerminalFixture terminal;
        terminal.workflows.drafts.setStore(&drafts.service, drafts.keepDays);
        terminal.startJourney();
        terminal.session.setAchievedTrustLevel(TrustLevel::Basic);
        terminal.workflows.journey.chooseService(sperrmuell);
        terminal.serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        bt::app::FormScreen* form = terminal.formScreen();
        for (int step = 0; step < form->form().plan().size(); ++step) {
            QVERIFY(bt::test::answerStep(*form, terminal.journey));
        }
        QCOMPARE(terminal.journey.step(), JourneyStep::Review);
        QPushButton* later = terminal.reviewScreen()->laterButton();
        QVERIFY(later->isVisible());
        const bt::forms::FormAnswers given = form->form().answers();
        QTest::mouseClick(later, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.draftSavedOverlay()->isOpen(), 10000);
        const QString code = terminal.draftSavedOverlay()->shownCode();
        QTest::mouseClick(terminal.draftSavedOverlay()->doneButton(), Qt::LeftButton);
        QCOMPARE(terminal.journey.step(), JourneyStep::Attract);

        terminal.startJourney();
        terminal.session.setAchievedTrustLevel(TrustLevel::Basic);
        terminal.workflows.journey.openResumeDraft();
        enterCode(terminal, drafts.service, code);
        QCOMPARE(terminal.journey.step(), JourneyStep::Form);
        QVERIFY(form->form().answers() == given);
    }

    void anIdentifiedCitizenGoesStraightToTheForm()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Weber"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        terminal->session.setAchievedTrustLevel(TrustLevel::Substantial);
        enterCode(*terminal, drafts.service, code.toLower());
        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        QCOMPARE(terminal->formScreen()->stepView()->editor(QStringLiteral("F99000001"))->value(),
                 QStringLiteral("Weber"));
        // Back leads home, not to the code page.
        QVERIFY(terminal->journey.back());
        QCOMPARE(terminal->journey.step(), JourneyStep::Home);
    }

    void wrongCodesSayTheTriesLeftThenLock()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Lang"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        bt::app::ResumeScreen* screen = terminal->resumeScreen();
        // The same draft (first group), one character of the secret wrong.
        QString wrong = code;
        wrong[6] = wrong[6] == u'X' ? u'Y' : u'X';
        for (int tries = 1; tries < bt::app::DraftStore::attemptsAllowed; ++tries) {
            enterCode(*terminal, drafts.service, wrong);
            QCOMPARE(terminal->journey.step(), JourneyStep::ResumeDraft);
            QVERIFY2(screen->message().contains(QString::number(bt::app::DraftStore::attemptsAllowed - tries)),
                     qPrintable(screen->message()));
        }
        enterCode(*terminal, drafts.service, wrong);
        QVERIFY2(screen->message().contains(QStringLiteral("gesperrt")), qPrintable(screen->message()));
        // Locked means locked: the right code no longer opens it.
        enterCode(*terminal, drafts.service, code);
        QCOMPARE(terminal->journey.step(), JourneyStep::ResumeDraft);
        QVERIFY2(screen->message().contains(QStringLiteral("gesperrt")), qPrintable(screen->message()));
        QVERIFY(terminal->formScreen()->form().answers().isEmpty());
    }

    void unknownAndMistypedCodes()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Roth"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        bt::app::ResumeScreen* screen = terminal->resumeScreen();
        QString otherDraft = code;
        otherDraft[0] = otherDraft[0] == u'Z' ? u'Y' : u'Z';
        enterCode(*terminal, drafts.service, otherDraft);
        QVERIFY2(screen->message().contains(QStringLiteral("keinen gespeicherten Antrag")),
                 qPrintable(screen->message()));
        QVERIFY2(screen->message().contains(QStringLiteral("30 Tagen")), qPrintable(screen->message()));

        // Characters a code never has: said at once, nothing is asked of the store.
        QSignalSpy asked(&drafts.service, &DraftService::resumed);
        screen->codeField()->clear();
        QTest::keyClicks(screen->codeField(), QStringLiteral("O0I1-L234-5678-9ABC"));
        QCOMPARE(screen->codeField()->text(), QStringLiteral("O0I1-L234-5678-9ABC"));
        QTest::mouseClick(screen->openButton(), Qt::LeftButton);
        QVERIFY2(screen->message().contains(QStringLiteral("0, O, 1, I oder L")), qPrintable(screen->message()));
        QVERIFY(!screen->isBusy());
        // A barrier behind anything the screen might have asked: the store's thread takes calls in
        // order, so a resume asked for would be answered before this purge.
        QSignalSpy purged(&drafts.service, &DraftService::purged);
        drafts.service.purgeExpired();
        QVERIFY(purged.wait(10000));
        QCOMPARE(asked.count(), 0);
        // Typing again takes the old message away.
        QTest::keyClick(screen->codeField(), Qt::Key_Backspace);
        QVERIFY(screen->message().isEmpty());
        QVERIFY(!screen->openButton()->isEnabled());
    }

    void anExpiredDraftIsGone()
    {
        Drafts drafts(0); // kept for no day at all: expired the moment it is saved
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Alt"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        enterCode(*terminal, drafts.service, code);
        QVERIFY2(terminal->resumeScreen()->message().contains(QStringLiteral("gelöscht")),
                 qPrintable(terminal->resumeScreen()->message()));
        QCOMPARE(terminal->journey.step(), JourneyStep::ResumeDraft);
    }

    // The form of a draft may have been removed or changed by an update since it was saved.
    void aDraftWhoseFormIsGoneCannotBeContinued()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("gibt-es-nicht"), sperrmuell, sperrmuellAnswers(u"Neu"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        enterCode(*terminal, drafts.service, code);
        QCOMPARE(terminal->journey.step(), JourneyStep::ResumeDraft);
        QVERIFY2(terminal->resumeScreen()->message().contains(QStringLiteral("nicht mehr")),
                 qPrintable(terminal->resumeScreen()->message()));
        QVERIFY(terminal->formScreen()->form().answers().isEmpty());
        QVERIFY(terminal->session.serviceKey().isEmpty());
    }

    // Checking a code takes a moment; a citizen who leaves meanwhile must not hand the draft to
    // the next one.
    void aDraftOpenedAfterTheSessionEndedIsShownToNobody()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Fort"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        terminal->session.setAchievedTrustLevel(TrustLevel::High);
        bt::app::ResumeScreen* screen = terminal->resumeScreen();
        QTest::keyClicks(screen->codeField(), code);
        QSignalSpy answered(&drafts.service, &DraftService::resumed);
        QTest::mouseClick(screen->openButton(), Qt::LeftButton);
        terminal->journey.wipe(bt::app::Journey::WipeReason::IdleTimeout);
        terminal->startJourney();
        terminal->session.setAchievedTrustLevel(TrustLevel::High);
        QVERIFY(answered.wait(10000));
        TerminalFixture::settle();
        QCOMPARE(terminal->journey.step(), JourneyStep::Home);
        QVERIFY(terminal->formScreen()->form().answers().isEmpty());
        QVERIFY(terminal->session.serviceKey().isEmpty());
    }

    // What the ID card gave is filled in and cannot be changed; it wins over a draft's answer.
    void answersFromTheIdCardAreFilledAndLocked()
    {
        Drafts drafts;
        const QString code = drafts.save(QStringLiteral("sperrmuell"), sperrmuell, sperrmuellAnswers(u"Vorher"_qs));
        auto terminal = atCodePage(drafts);
        QVERIFY(terminal);
        terminal->session.setAchievedTrustLevel(TrustLevel::High);
        terminal->session.setPersonalValue(bt::app::identityData::familyName, u"Mustermann");
        terminal->session.setPersonalValue(bt::app::identityData::givenNames, u"Erika");
        terminal->session.setPersonalValue(bt::app::identityData::dateOfBirth, u"1964-08-12");
        enterCode(*terminal, drafts.service, code);
        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        bt::app::FormScreen* form = terminal->formScreen();
        bt::forms::FieldEditor* familyName = form->stepView()->editor(QStringLiteral("F99000001"));
        QVERIFY(familyName);
        QCOMPARE(familyName->value(), QStringLiteral("Mustermann"));
        QVERIFY(familyName->isLocked());
        QCOMPARE(familyName->lockReason(), QStringLiteral("Aus Ihrem Ausweis"));
        QVERIFY(form->stepView()->editor(QStringLiteral("F99000002"))->isLocked());
        QVERIFY(terminal->window->grab().save(QStringLiteral(BT_TEST_OUTPUT_DIR "/form-locked-from-id-card.png")));

        // A form without a draft, too; a field the card has no value for stays open.
        terminal->journey.wipe(bt::app::Journey::WipeReason::Cancelled);
        terminal->startJourney();
        terminal->session.setAchievedTrustLevel(TrustLevel::High);
        terminal->session.setPersonalValue(bt::app::identityData::familyName, u"Gabler");
        terminal->workflows.journey.chooseService(meldebescheinigung);
        terminal->serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        QCOMPARE(terminal->journey.step(), JourneyStep::Form);
        QCOMPARE(form->stepView()->editor(QStringLiteral("F99000001"))->value(), QStringLiteral("Gabler"));
        QVERIFY(form->stepView()->editor(QStringLiteral("F99000001"))->isLocked());
        QVERIFY(!form->stepView()->editor(QStringLiteral("F99000002"))->isLocked());
    }
};

QTEST_MAIN(tst_DraftResume)
#include "tst_DraftResume.moc"
