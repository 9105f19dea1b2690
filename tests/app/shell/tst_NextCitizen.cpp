// The next citizen at the terminal, trying to get back what the one before typed, selected or
// copied: undo and redo in every editor, paste, the clipboard and the X11 selection. After the
// wipe every one of them gives nothing back, and no widget of the window shows or keeps any
// text of the citizen (labels, buttons, lists and their models, tooltips, accessible names).
#include "DraftSavedOverlay.h"
#include "FieldEditor.h"
#include "FormFilling.h"
#include "FormScreen.h"
#include "HomeScreen.h"
#include "QrCode.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ServiceScreen.h"
#include "Session.h"
#include "StepView.h"
#include "TerminalFixture.h"
#include "TestDrafts.h"
#include "TrustLevel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
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

// Every text a widget of `root` shows or keeps for a screen reader, with where it is.
QStringList textsIn(const QWidget& root)
{
    QStringList texts;
    const auto add = [&texts](const QObject& where, const QString& text) {
        if (!text.isEmpty()) {
            texts.append(QStringLiteral("%1 (%2): %3")
                             .arg(where.objectName(), QString::fromLatin1(where.metaObject()->className()), text));
        }
    };
    QList<QWidget*> widgets = root.findChildren<QWidget*>();
    widgets.append(const_cast<QWidget*>(&root));
    for (const QWidget* widget : std::as_const(widgets)) {
        add(*widget, widget->toolTip());
        add(*widget, widget->accessibleName());
        add(*widget, widget->accessibleDescription());
        add(*widget, widget->whatsThis());
        add(*widget, widget->windowTitle());
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            add(*label, label->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            add(*button, button->text());
        } else if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
            add(*line, line->text());
            add(*line, line->placeholderText());
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget)) {
            add(*plain, plain->toPlainText());
        } else if (const auto* code = qobject_cast<const bt::widgets::QrCode*>(widget)) {
            add(*code, code->text());
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel& model = *view->model();
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                        add(*view, model.data(model.index(row, column), role).toString());
                    }
                }
            }
        }
        for (const QByteArray& name : widget->dynamicPropertyNames()) {
            add(*widget, widget->property(name.constData()).toString());
        }
    }
    return texts;
}

// Types into the form field `fieldId` of the step on screen, key by key.
void typeInto(TerminalFixture& terminal, const char* fieldId, const QString& text)
{
    bt::forms::FieldEditor* editor = terminal.formScreen()->stepView()->editor(QString::fromLatin1(fieldId));
    QVERIFY(editor);
    QLineEdit* line = editor->findChild<QLineEdit*>();
    QVERIFY(line);
    type(line, text);
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

    // A whole visit (search, form, review, "Später fortsetzen" with its code on screen), then the
    // idle wipe: nothing of it stays in the window.
    void noWidgetKeepsATraceOfTheCitizen()
    {
        const QString familyName = QStringLiteral("Quastenflosser");
        const QString givenName = QStringLiteral("Hannelore");
        bt::test::TestDrafts drafts;
        TerminalFixture terminal;
        terminal.workflows.drafts.setStore(&drafts.service, drafts.keepDays);
        QApplication::setActiveWindow(terminal.window.get());
        terminal.startJourney();
        type(terminal.homeScreen()->searchField(), familyName);
        terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::Basic);
        terminal.workflows.journey.chooseService(sperrmuell);
        terminal.serviceScreen()->startButton()->click();
        TerminalFixture::settle();
        typeInto(terminal, "F99000001", familyName);
        typeInto(terminal, "F99000002", givenName);
        while (terminal.journey.step() == JourneyStep::Form) {
            QVERIFY(bt::test::answerStep(*terminal.formScreen(), terminal.journey));
        }
        QCOMPARE(terminal.journey.step(), JourneyStep::Review);
        QVERIFY(terminal.reviewScreen()->stepText(0).contains(familyName));
        QTest::mouseClick(terminal.reviewScreen()->laterButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.draftSavedOverlay()->isOpen(), 10000);
        const QString code = terminal.draftSavedOverlay()->shownCode();
        QVERIFY(!code.isEmpty());
        // The scan finds what is there: before the wipe, every one of them is.
        const QString before = textsIn(*terminal.window).join(u'\n');
        QVERIFY(before.contains(familyName));
        QVERIFY(before.contains(givenName));
        QVERIFY(before.contains(code));

        terminal.journey.wipe(bt::app::Journey::WipeReason::IdleTimeout);
        TerminalFixture::settle();
        const QString ungroupedCode = QString(code).remove(u'-');
        for (const QString& text : textsIn(*terminal.window)) {
            for (const QString& trace : {familyName, givenName, code, ungroupedCode}) {
                QVERIFY2(!text.contains(trace, Qt::CaseInsensitive), qPrintable(text));
            }
        }
        QVERIFY(!terminal.session.form().isOpen());
        QVERIFY(terminal.session.form().answers().isEmpty());
        QVERIFY(terminal.session.draftCode().isEmpty());
    }
};

QTEST_MAIN(tst_NextCitizen)
#include "tst_NextCitizen.moc"
