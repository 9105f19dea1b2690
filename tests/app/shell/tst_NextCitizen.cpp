// The next citizen at the terminal, trying to get back what the one before typed, selected or
// copied: undo and redo in every editor, paste, the clipboard and the X11 selection. After the
// wipe every one of them gives nothing back.
#include "FormScreen.h"
#include "HomeScreen.h"
#include "ResumeScreen.h"
#include "ServiceScreen.h"
#include "Session.h"
#include "TerminalFixture.h"
#include "TrustLevel.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using bt::app::JourneyStep;
using bt::test::TerminalFixture;

namespace {

const QString sperrmuell = QStringLiteral("local:sperrmuell-abholung");

// Typed key by key, so that each editor has an undo history, as a citizen's would.
void type(QLineEdit* field, const QString& text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    field->setFocus();
    QTest::keyClicks(field, text);
}

} // namespace

class tst_NextCitizen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoPasteAndSelectionGiveNothingBack()
    {
        TerminalFixture terminal;
        QApplication::setActiveWindow(terminal.window.get());
        terminal.startJourney();

        // The first citizen searches, types into a form, types a resume code, and something of
        // theirs ends up on the clipboard and in the selection (a web page can put it there).
        type(terminal.homeScreen()->searchField(), QStringLiteral("Mustermann"));
        terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::Basic);
        terminal.workflows.journey.chooseService(sperrmuell);
        terminal.serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        QCOMPARE(terminal.journey.step(), JourneyStep::Form);
        const QList<QLineEdit*> formFields = terminal.formScreen()->findChildren<QLineEdit*>();
        QVERIFY(!formFields.isEmpty());
        type(formFields.first(), QStringLiteral("Erika"));
        QCOMPARE(formFields.first()->text(), QStringLiteral("Erika"));
        terminal.workflows.journey.openResumeDraft();
        type(terminal.resumeScreen()->codeField(), QStringLiteral("K7QMX2PD"));
        QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("Erika Mustermann"));
        if (clipboard->supportsSelection()) {
            clipboard->setText(QStringLiteral("Mustermann"), QClipboard::Selection);
        }

        terminal.journey.wipe(bt::app::Journey::WipeReason::IdleTimeout);
        terminal.startJourney();

        QVERIFY(clipboard->text().isEmpty());
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
        const QList<QLineEdit*> editors = terminal.window->findChildren<QLineEdit*>();
        QVERIFY(editors.size() >= 2); // the search field and the code field, at least
        for (QLineEdit* editor : editors) {
            const QString name = editor->objectName();
            QVERIFY2(editor->text().isEmpty(), qPrintable(name));
            QVERIFY2(!editor->isUndoAvailable() && !editor->isRedoAvailable(), qPrintable(name));
            editor->undo();
            editor->redo();
            QVERIFY2(editor->text().isEmpty(), qPrintable(name));
            editor->paste();
            QVERIFY2(editor->text().isEmpty(), qPrintable(name));
            QVERIFY2(editor->selectedText().isEmpty(), qPrintable(name));
        }
        for (QPlainTextEdit* editor : terminal.window->findChildren<QPlainTextEdit*>()) {
            QVERIFY(editor->toPlainText().isEmpty());
            QVERIFY(!editor->document()->isUndoAvailable());
        }
        // Through the keys as well: what a USB keyboard would send to the search field.
        QLineEdit* search = terminal.homeScreen()->searchField();
        search->setFocus();
        for (const QKeySequence::StandardKey key : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Paste}) {
            QTest::keySequence(search, QKeySequence(key));
            QVERIFY(search->text().isEmpty());
        }
    }
};

QTEST_MAIN(tst_NextCitizen)
#include "tst_NextCitizen.moc"
