#include "BoolEditor.h"
#include "ChoiceTile.h"
#include "DateTimeEditor.h"
#include "FieldEditor.h"
#include "NumberEditor.h"
#include "NumberPad.h"
#include "SelectEditor.h"
#include "StaticEditors.h"
#include "TextEditor.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace bt::forms;

namespace {

Field makeField(DataType type, FieldKind kind = FieldKind::Input)
{
    Field field;
    field.id = QStringLiteral("F1");
    field.label = QStringLiteral("Question");
    field.helpText = QStringLiteral("Some help for this question.");
    field.type = type;
    field.kind = kind;
    return field;
}

std::shared_ptr<const CodeList> codeList(int size)
{
    std::vector<CodeListEntry> entries;
    for (int i = 1; i <= size; ++i) {
        entries.push_back({QStringLiteral("c%1").arg(i), QStringLiteral("Value %1").arg(i), QString()});
    }
    return std::make_shared<CodeList>(CodeListReference{}, QStringLiteral("list"), std::move(entries));
}

// A window with the editor and a second field to move the focus to.
struct Window
{
    QWidget window;
    FieldEditor* editor;
    QLineEdit* other = new QLineEdit;

    explicit Window(const Field& field)
        : editor(FieldEditor::create(field, nullptr))
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(editor);
        layout->addWidget(other);
        layout->addStretch();
        window.resize(1080, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            qFatal("window not exposed");
        }
        QApplication::setActiveWindow(&window);
        window.activateWindow();
    }

    void pad(const QString& keys) const
    {
        QVERIFY(editor->numberPad());
        QVERIFY(editor->numberPad()->isVisible());
        for (const QChar key : keys) {
            QPushButton* button = editor->numberPad()->keyFor(QString(key));
            QVERIFY2(button && button->isVisible(), qPrintable(QString(key)));
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }
};

} // namespace

class tst_FieldEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { bt::widgets::Theme().applyTo(*qApp); }

    void factoryPicksTheEditorForKindAndType()
    {
        QWidget parent;
        QVERIFY(qobject_cast<TextEditor*>(FieldEditor::create(makeField(DataType::Text), &parent)));
        QVERIFY(qobject_cast<TextEditor*>(FieldEditor::create(makeField(DataType::TextLatin), &parent)));
        QVERIFY(qobject_cast<TextEditor*>(FieldEditor::create(makeField(DataType::Obj), &parent)));
        QVERIFY(qobject_cast<DateTimeEditor*>(FieldEditor::create(makeField(DataType::Date), &parent)));
        QVERIFY(qobject_cast<DateTimeEditor*>(FieldEditor::create(makeField(DataType::Time), &parent)));
        QVERIFY(qobject_cast<DateTimeEditor*>(FieldEditor::create(makeField(DataType::DateTime), &parent)));
        QVERIFY(qobject_cast<BoolEditor*>(FieldEditor::create(makeField(DataType::Bool), &parent)));
        QVERIFY(qobject_cast<NumberEditor*>(FieldEditor::create(makeField(DataType::NumCurrency), &parent)));
        QVERIFY(qobject_cast<FileEditor*>(FieldEditor::create(makeField(DataType::File), &parent)));
        QVERIFY(qobject_cast<LabelEditor*>(FieldEditor::create(makeField(DataType::Text, FieldKind::Label), &parent)));
        QVERIFY(
            qobject_cast<HiddenEditor*>(FieldEditor::create(makeField(DataType::Text, FieldKind::Hidden), &parent)));
        Field select = makeField(DataType::Text, FieldKind::Select);
        QVERIFY(qobject_cast<TextEditor*>(FieldEditor::create(select, &parent))); // list not shipped
        select.codeList = codeList(3);
        QVERIFY(qobject_cast<SelectEditor*>(FieldEditor::create(select, &parent)));
        // A locked field shows its content, read-only, with the reason.
        Field locked = makeField(DataType::Text, FieldKind::Locked);
        locked.content = QStringLiteral("fixed");
        FieldEditor* lockedEditor = FieldEditor::create(locked, &parent);
        QCOMPARE(lockedEditor->value(), QStringLiteral("fixed"));
        QVERIFY(lockedEditor->isLocked());
    }

    void textTypedAndLimited()
    {
        Field field = makeField(DataType::Text);
        field.constraints.maxLength = 5;
        Window w(field);
        auto* editor = qobject_cast<TextEditor*>(w.editor);
        QSignalSpy changed(editor, &FieldEditor::valueChanged);
        QTest::mouseClick(editor->lineEdit(), Qt::LeftButton);
        QTRY_VERIFY(editor->lineEdit()->hasFocus());
        QVERIFY(!editor->numberPad()); // letters come from the kiosk's keyboard
        QTest::keyClicks(editor->lineEdit(), QStringLiteral("Mustermann"));
        QCOMPARE(editor->value(), QStringLiteral("Muste"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(editor->lineEdit()->accessibleName(), QStringLiteral("Question"));
    }

    void longTextGetsSeveralLines()
    {
        Field field = makeField(DataType::Text);
        field.constraints.maxLength = 1000;
        Window w(field);
        auto* editor = qobject_cast<TextEditor*>(w.editor);
        QVERIFY(editor->textEdit());
        QTest::mouseClick(editor->textEdit()->viewport(), Qt::LeftButton);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("first"));
        QTest::keyClick(editor->textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("second"));
        QCOMPARE(editor->value(), QStringLiteral("first\nsecond"));
    }

    void dateTypedOnTheNumberPad()
    {
        Window w(makeField(DataType::Date));
        auto* editor = qobject_cast<DateTimeEditor*>(w.editor);
        QCOMPARE(editor->segments().size(), std::size_t(3));
        QTest::mouseClick(editor->segments()[0], Qt::LeftButton);
        QTRY_VERIFY(editor->segments()[0]->hasFocus());
        QVERIFY(editor->numberPad() && editor->numberPad()->isVisible());
        QVERIFY(editor->numberPad()->keyFor(QStringLiteral(","))->isHidden()); // no comma in a date
        w.pad(QStringLiteral("31"));
        QVERIFY(editor->segments()[1]->hasFocus()); // moved on after two digits
        w.pad(QStringLiteral("01"));
        QVERIFY(editor->segments()[2]->hasFocus());
        w.pad(QStringLiteral("197"));
        QCOMPARE(editor->value(), QStringLiteral("31.01.197")); // incomplete: as typed
        w.pad(QStringLiteral("0"));
        QCOMPARE(editor->value(), QStringLiteral("1970-01-31"));
        QVERIFY(editor->segments()[2]->hasFocus()); // the pad never takes the focus
        // Not a real date: given back as typed, for the validation to explain.
        editor->setValue(QStringLiteral("31.02.2024"));
        QCOMPARE(editor->value(), QStringLiteral("31.02.2024"));
        editor->setValue(QStringLiteral("2024-12-24"));
        QCOMPARE(editor->segments()[0]->text(), QStringLiteral("24"));
        QCOMPARE(editor->value(), QStringLiteral("2024-12-24"));
        // Delete in an empty field goes back to the one before.
        editor->setValue(QString());
        QCOMPARE(editor->value(), QString());
        editor->segments()[1]->setFocus();
        QTest::mouseClick(editor->numberPad()->keyFor(QStringLiteral("5")), Qt::LeftButton);
        QTest::mouseClick(editor->numberPad()->deleteKey(), Qt::LeftButton);
        QTest::mouseClick(editor->numberPad()->deleteKey(), Qt::LeftButton);
        QTRY_VERIFY(editor->segments()[0]->hasFocus());
        // Leaving the editor: editingFinished, and the pad goes away.
        QSignalSpy finished(editor, &FieldEditor::editingFinished);
        QTest::mouseClick(w.other, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!editor->numberPad()->isVisible());
    }

    // "Weiter" and the error summary put the focus into a wrong field with focusInput(): the
    // citizen reads the message first, and the pad, which would open between the digits and the
    // message, waits for a tap into the field (also into the input that has the focus already).
    void focusInputLeavesThePadToATap_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("date") << int(DataType::Date);
        QTest::newRow("number") << int(DataType::NumInt);
    }

    void focusInputLeavesThePadToATap()
    {
        QFETCH(int, type);
        Window w(makeField(DataType(type)));
        // The pad exists already (typed before), as after a wrong entry.
        QWidget* input = w.editor->findChild<QLineEdit*>();
        QTest::mouseClick(input, Qt::LeftButton);
        QTRY_VERIFY(w.editor->numberPad() && w.editor->numberPad()->isVisible());
        QTest::mouseClick(w.other, Qt::LeftButton);
        QTRY_VERIFY(!w.editor->numberPad()->isVisible());
        w.editor->setError(QStringLiteral("Wrong"));
        w.editor->focusInput();
        QTRY_VERIFY(input->hasFocus());
        QVERIFY(!w.editor->numberPad()->isVisible());
        QTest::mouseClick(input, Qt::LeftButton);
        QVERIFY(input->hasFocus());
        QVERIFY(w.editor->numberPad()->isVisible());
        // Never for a locked field.
        w.editor->focusInput();
        QVERIFY(!w.editor->numberPad()->isVisible());
        w.editor->setLocked(QStringLiteral("Vom Personalausweis übernommen"));
        QTest::mouseClick(input, Qt::LeftButton);
        QVERIFY(!w.editor->numberPad()->isVisible());
    }

    // The month and the year are typed with the pad by a finger (a spontaneous press), though
    // the editor's focus proxy is the day: a press on a key must not give the focus away.
    void datePadKeepsTheFocusInMonthAndYear()
    {
        Window w(makeField(DataType::Date));
        w.window.setFocusPolicy(Qt::ClickFocus); // as the scrolling page of the wizard
        auto* editor = qobject_cast<DateTimeEditor*>(w.editor);
        QTest::mouseClick(editor->segments()[1], Qt::LeftButton);
        QTRY_VERIFY(editor->segments()[1]->hasFocus());
        w.pad(QStringLiteral("0"));
        QVERIFY(editor->segments()[1]->hasFocus());
        w.pad(QStringLiteral("2"));
        QVERIFY(editor->segments()[2]->hasFocus());
        w.pad(QStringLiteral("2024"));
        QCOMPARE(editor->segments()[1]->text(), QStringLiteral("02"));
        QCOMPARE(editor->segments()[2]->text(), QStringLiteral("2024"));
        QVERIFY(editor->segments()[2]->hasFocus());
    }

    void timeAndDateTime()
    {
        Window time(makeField(DataType::Time));
        auto* timeEditor = qobject_cast<DateTimeEditor*>(time.editor);
        QTest::mouseClick(timeEditor->segments().front(), Qt::LeftButton);
        QTRY_VERIFY(time.editor->numberPad());
        time.pad(QStringLiteral("1430"));
        QCOMPARE(time.editor->value(), QStringLiteral("14:30"));
        time.editor->setValue(QStringLiteral("25:00"));
        QCOMPARE(time.editor->value(), QStringLiteral("25:00"));

        Window dateTime(makeField(DataType::DateTime));
        auto* dateTimeEditor = qobject_cast<DateTimeEditor*>(dateTime.editor);
        QTest::mouseClick(dateTimeEditor->segments().front(), Qt::LeftButton);
        QTRY_VERIFY(dateTime.editor->numberPad());
        dateTime.pad(QStringLiteral("311220240905"));
        QCOMPARE(dateTime.editor->value(), QStringLiteral("2024-12-31T09:05:00"));
        dateTime.editor->setValue(QString());
        QCOMPARE(dateTime.editor->value(), QString());
        dateTime.editor->setValue(QStringLiteral("2024-01-02T03:04:00"));
        QCOMPARE(dateTime.editor->value(), QStringLiteral("2024-01-02T03:04:00"));
    }

    void boolAnsweredByTouch()
    {
        Window w(makeField(DataType::Bool));
        auto* editor = qobject_cast<BoolEditor*>(w.editor);
        QCOMPARE(editor->value(), QString());
        QCOMPARE(editor->yesButton()->text(), QStringLiteral("Yes"));
        QVERIFY(editor->yesButton()->height() >= bt::widgets::Theme::minimumTouchSize());
        QSignalSpy finished(editor, &FieldEditor::editingFinished);
        QTest::mouseClick(editor->yesButton(), Qt::LeftButton);
        QCOMPARE(editor->value(), QStringLiteral("true"));
        QVERIFY(editor->yesButton()->isChecked());
        QCOMPARE(finished.count(), 1);
        QTest::mouseClick(editor->noButton(), Qt::LeftButton);
        QCOMPARE(editor->value(), QStringLiteral("false"));
        QVERIFY(!editor->yesButton()->isChecked());
        editor->setValue(QString());
        QCOMPARE(editor->value(), QString());
        QVERIFY(!editor->noButton()->isChecked());
    }

    void selectTilesForShortLists()
    {
        Field field = makeField(DataType::Text, FieldKind::Select);
        field.codeList = codeList(4);
        Window w(field);
        auto* editor = qobject_cast<SelectEditor*>(w.editor);
        QVERIFY(!editor->list());
        QVERIFY(editor->tileFor(QStringLiteral("c3")));
        QTest::mouseClick(editor->tileFor(QStringLiteral("c3")), Qt::LeftButton);
        QCOMPARE(editor->value(), QStringLiteral("c3"));
        QTest::mouseClick(editor->tileFor(QStringLiteral("c1")), Qt::LeftButton);
        QCOMPARE(editor->value(), QStringLiteral("c1"));
        QVERIFY(!editor->tileFor(QStringLiteral("c3"))->isChecked());
        editor->setValue(QStringLiteral("c4"));
        QVERIFY(editor->tileFor(QStringLiteral("c4"))->isChecked());
    }

    void selectListWithFilterForLongLists()
    {
        Field field = makeField(DataType::Text, FieldKind::Select);
        field.codeList = codeList(20);
        Window w(field);
        auto* editor = qobject_cast<SelectEditor*>(w.editor);
        QVERIFY(editor->list() && editor->filterEdit());
        QCOMPARE(editor->list()->count(), 20);
        QTest::keyClicks(editor->filterEdit(), QStringLiteral("value 1"));
        int shown = 0;
        for (int row = 0; row < editor->list()->count(); ++row) {
            shown += editor->list()->item(row)->isHidden() ? 0 : 1;
        }
        QCOMPARE(shown, 11); // 1, 10 … 19
        // The filter is emptied by a button of finger size beside it (not the line's small icon).
        QPushButton* clear = editor->clearFilterButton();
        QVERIFY(clear && clear->isVisible());
        QVERIFY(!editor->filterEdit()->isClearButtonEnabled());
        QVERIFY(clear->width() >= bt::widgets::Theme::minimumTouchSize());
        QVERIFY(clear->height() >= bt::widgets::Theme::minimumTouchSize());
        QCOMPARE(clear->text(), QStringLiteral("Clear"));
        const int filterWidth = editor->filterEdit()->width();
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(editor->filterEdit()->text(), QString());
        QTRY_VERIFY(editor->filterEdit()->hasFocus()); // to type again, with the letter keyboard
        QVERIFY(!clear->isVisible());
        QCOMPARE(editor->filterEdit()->width(), filterWidth); // the line keeps its size
        for (int row = 0; row < editor->list()->count(); ++row) {
            QVERIFY(!editor->list()->item(row)->isHidden());
        }
        QTest::keyClicks(editor->filterEdit(), QStringLiteral("value 1"));
        QVERIFY(clear->isVisible());
        QListWidgetItem* item = editor->list()->item(11); // "Value 12"
        QTest::mouseClick(
            editor->list()->viewport(), Qt::LeftButton, {}, editor->list()->visualItemRect(item).center());
        QCOMPARE(editor->value(), QStringLiteral("c12"));
        editor->setValue(QStringLiteral("c2"));
        QCOMPARE(editor->value(), QStringLiteral("c2"));
    }

    void currencyInEuros()
    {
        Window w(makeField(DataType::NumCurrency));
        auto* editor = qobject_cast<NumberEditor*>(w.editor);
        QTest::mouseClick(editor->lineEdit(), Qt::LeftButton);
        QTRY_VERIFY(editor->numberPad());
        QVERIFY(editor->numberPad()->keyFor(QStringLiteral(","))->isVisible());
        w.pad(QStringLiteral("12,5"));
        QCOMPARE(editor->lineEdit()->text(), QStringLiteral("12,5"));
        QCOMPARE(editor->value(), QStringLiteral("12.50"));
        editor->setValue(QStringLiteral("1234.5"));
        QCOMPARE(editor->lineEdit()->text(), QStringLiteral("1234,50"));
        QCOMPARE(editor->value(), QStringLiteral("1234.50"));
        editor->setValue(QStringLiteral("12,505"));
        QCOMPARE(editor->value(), QStringLiteral("12.505")); // for the validation to refuse
        QVERIFY(editor->lineEdit()->accessibleName().contains(QStringLiteral("euros")));
    }

    void numbers()
    {
        Window num(makeField(DataType::Num));
        QTest::mouseClick(qobject_cast<NumberEditor*>(num.editor)->lineEdit(), Qt::LeftButton);
        QTRY_VERIFY(num.editor->numberPad());
        num.pad(QStringLiteral("1,75"));
        QCOMPARE(num.editor->value(), QStringLiteral("1.75"));
        num.editor->setValue(QStringLiteral("1.234,5"));
        QCOMPARE(num.editor->value(), QStringLiteral("1234.5"));

        Window whole(makeField(DataType::NumInt));
        QTest::mouseClick(qobject_cast<NumberEditor*>(whole.editor)->lineEdit(), Qt::LeftButton);
        QTRY_VERIFY(whole.editor->numberPad());
        QVERIFY(whole.editor->numberPad()->keyFor(QStringLiteral(","))->isHidden());
        whole.pad(QStringLiteral("42"));
        QCOMPARE(whole.editor->value(), QStringLiteral("42"));
    }

    void lockedEditorRefusesInput()
    {
        Window text(makeField(DataType::Text));
        text.editor->setValue(QStringLiteral("Muster"));
        text.editor->setLocked(QStringLiteral("Vom Personalausweis übernommen"));
        QVERIFY(text.editor->isLocked());
        auto* line = qobject_cast<TextEditor*>(text.editor)->lineEdit();
        QTest::mouseClick(line, Qt::LeftButton);
        QTest::keyClicks(line, QStringLiteral("abc"));
        QTest::keyClick(line, Qt::Key_Backspace);
        QCOMPARE(text.editor->value(), QStringLiteral("Muster"));
        auto* reason = text.editor->findChild<QLabel*>(QStringLiteral("lockText"));
        QVERIFY(reason && reason->isVisible());
        QCOMPARE(reason->text(), QStringLiteral("Vom Personalausweis übernommen"));
        QVERIFY(line->accessibleDescription().contains(QStringLiteral("Personalausweis")));

        Window date(makeField(DataType::Date));
        date.editor->setValue(QStringLiteral("1970-01-31"));
        date.editor->setLocked(QStringLiteral("Vom Personalausweis übernommen"));
        date.editor->focusInput();
        // A finger on it, as on an open field: the pad opens with a tap, so this is where it would.
        QVERIFY(QApplication::focusWidget());
        QTest::mouseClick(QApplication::focusWidget(), Qt::LeftButton);
        QCoreApplication::processEvents(); // whatever the tap posted has been handled
        QVERIFY(!date.editor->numberPad() || !date.editor->numberPad()->isVisible());
        QCOMPARE(date.editor->value(), QStringLiteral("1970-01-31"));

        Window yesNo(makeField(DataType::Bool));
        yesNo.editor->setLocked(QStringLiteral("locked"));
        QTest::mouseClick(qobject_cast<BoolEditor*>(yesNo.editor)->yesButton(), Qt::LeftButton);
        QCOMPARE(yesNo.editor->value(), QString());
        yesNo.editor->setLocked(QString());
        QTest::mouseClick(qobject_cast<BoolEditor*>(yesNo.editor)->yesButton(), Qt::LeftButton);
        QCOMPARE(yesNo.editor->value(), QStringLiteral("true"));
    }

    void helpButtonTogglesTheHelp()
    {
        Window w(makeField(DataType::Text));
        QPushButton* help = w.editor->helpButton();
        QVERIFY(help);
        QCOMPARE(help->accessibleName(), QStringLiteral("Help on Question"));
        QVERIFY(help->width() >= bt::widgets::Theme::minimumTouchSize());
        QVERIFY(help->height() >= bt::widgets::Theme::minimumTouchSize());
        QVERIFY(!w.editor->helpLabel());
        QTest::mouseClick(help, Qt::LeftButton);
        QVERIFY(w.editor->helpLabel() && w.editor->helpLabel()->isVisible());
        QCOMPARE(w.editor->helpLabel()->text(), QStringLiteral("Some help for this question."));
        QTest::mouseClick(help, Qt::LeftButton);
        QVERIFY(!w.editor->helpLabel()->isVisible());
        // No help text: no "?" that would show nothing.
        Field bare = makeField(DataType::Text);
        bare.helpText.clear();
        Window plain(bare);
        QVERIFY(!plain.editor->helpButton());
    }

    void errorShownAndCleared()
    {
        Window w(makeField(DataType::Text));
        QVERIFY(!w.editor->errorLabel());
        w.editor->setError(QStringLiteral("Please fill in this field."));
        QVERIFY(w.editor->errorLabel() && w.editor->errorLabel()->isVisible());
        QCOMPARE(w.editor->errorLabel()->text(), QStringLiteral("Please fill in this field."));
        QCOMPARE(w.editor->property("invalid").toBool(), true);
        QVERIFY(qobject_cast<TextEditor*>(w.editor)->lineEdit()->accessibleDescription().contains(
            QStringLiteral("Please fill in")));
        w.editor->setError(QString());
        QVERIFY(!w.editor->errorLabel()->isVisible());
        QCOMPARE(w.editor->property("invalid").toBool(), false);
    }

    void requiredSaidInWords()
    {
        Window w(makeField(DataType::Text));
        auto* marker = w.editor->findChild<QLabel*>(QStringLiteral("requiredText"));
        QVERIFY(marker && !marker->isVisible());
        w.editor->setRequired(true);
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->text(), QStringLiteral("Required"));
        QCOMPARE(qobject_cast<TextEditor*>(w.editor)->lineEdit()->accessibleName(),
                 QStringLiteral("Question, required"));
    }

    void fileLabelAndHiddenTakeNoInput()
    {
        Window file(makeField(DataType::File));
        auto* fileEditor = qobject_cast<FileEditor*>(file.editor);
        QVERIFY(fileEditor->notice()->isVisible());
        QCOMPARE(fileEditor->notice()->text(), QStringLiteral("Show this document at the counter"));
        // A notice, not an input: nothing in it takes the focus (which would draw a focus frame).
        QCOMPARE(fileEditor->notice()->property("role").toString(), QStringLiteral("fieldNotice"));
        for (QWidget* child : fileEditor->findChildren<QWidget*>()) {
            if (child == fileEditor->helpButton()) {
                continue;
            }
            QVERIFY2(child->focusPolicy() == Qt::NoFocus || !child->isVisibleTo(fileEditor),
                     qPrintable(child->objectName()));
        }
        fileEditor->setValue(QStringLiteral("x"));
        QCOMPARE(fileEditor->value(), QString());
        QVERIFY(!fileEditor->takesInput());

        Field label = makeField(DataType::Text, FieldKind::Label);
        label.content = QStringLiteral("Please read this.");
        Window labelWindow(label);
        QVERIFY(!labelWindow.editor->findChild<QLineEdit*>());
        auto* text = labelWindow.editor->findChild<QLabel*>(QStringLiteral("text"));
        QVERIFY(text && text->isVisible());
        QCOMPARE(text->text(), QStringLiteral("Please read this."));
        QCOMPARE(labelWindow.editor->value(), QString());

        Field hidden = makeField(DataType::Text, FieldKind::Hidden);
        hidden.content = QStringLiteral("default");
        Window hiddenWindow(hidden);
        QVERIFY(!hiddenWindow.editor->isVisible());
        QCOMPARE(hiddenWindow.editor->value(), QStringLiteral("default"));
    }
};

QTEST_MAIN(tst_FieldEditors)
#include "tst_FieldEditors.moc"
