#include "AnswersByTouch.h"

#include "BoolEditor.h"
#include "ChoiceTile.h"
#include "DateTimeEditor.h"
#include "FormInProgress.h"
#include "FormScreen.h"
#include "NumberEditor.h"
#include "NumberPad.h"
#include "OnScreen.h"
#include "SelectEditor.h"
#include "StepView.h"
#include "TextEditor.h"
#include "TouchCitizen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

namespace bt::test {

using bt::forms::DataType;
using bt::forms::FieldEditor;

namespace {

// A date as typed on the number pad: Tag, Monat, Jahr.
QString padDigits(QDate date)
{
    return date.toString(QStringLiteral("ddMMyyyy"));
}

} // namespace

AnswersByTouch::AnswersByTouch(TouchCitizen& citizen, const CitizenTexts& texts, QStringList yes, QStringList reveals)
    : m_citizen(citizen)
    , m_texts(texts)
    , m_yes(std::move(yes))
    , m_reveals(std::move(reveals))
{}

void AnswersByTouch::answer(FieldEditor* editor)
{
    if (auto* text = qobject_cast<bt::forms::TextEditor*>(editor)) {
        TOUCH(answerText(text));
    } else if (auto* number = qobject_cast<bt::forms::NumberEditor*>(editor)) {
        TOUCH(answerNumber(number));
    } else if (auto* date = qobject_cast<bt::forms::DateTimeEditor*>(editor)) {
        TOUCH(answerDate(date));
    } else if (auto* yesNo = qobject_cast<bt::forms::BoolEditor*>(editor)) {
        TOUCH(answerYesNo(yesNo));
    } else if (auto* choice = qobject_cast<bt::forms::SelectEditor*>(editor)) {
        TOUCH(answerChoice(choice));
    } else {
        QFAIL(qPrintable(QStringLiteral("no way to answer ") + describe(editor)));
    }
}

void AnswersByTouch::typeDate(bt::forms::DateTimeEditor* editor, QDate date)
{
    if (!editor->segments().front()->hasFocus()) {
        TOUCH(m_citizen.tap(editor->segments().front()));
    }
    TOUCH(m_citizen.typeOnPad(editor, padDigits(date)));
    QCOMPARE(editor->value(), date.toString(Qt::ISODate));
    record(editor, date.toString(QStringLiteral("dd.MM.yyyy")));
}

void AnswersByTouch::record(const FieldEditor* editor, const QString& shown)
{
    m_onStep.insert(editor, {m_citizen.form().form().currentStep(), editor->field().label, shown, false, false});
}

// What a citizen would type into a text field: a real-looking value where the form asks for a
// format (postcode, e-mail, IBAN, …), otherwise a numbered answer that the review can be
// searched for. Only characters of the on-screen keyboard.
QString AnswersByTouch::textFor(const bt::forms::Field& field)
{
    static const QHash<QString, QString> person{
        {QStringLiteral("F99000001"), QStringLiteral("Müller")},
        {QStringLiteral("F00000013"), QStringLiteral("Müller")},
        {QStringLiteral("F99000002"), QStringLiteral("Erika")},
        {QStringLiteral("F00000045"), QStringLiteral("Erika")},
        {QStringLiteral("F99000006"), QStringLiteral("Köln")},
        {QStringLiteral("F99000008"), QStringLiteral("Hauptstraße 5")},
        {QStringLiteral("F99000010"), QStringLiteral("Musterstadt")},
    };
    QStringList candidates;
    if (person.contains(field.id)) {
        candidates << person.value(field.id);
    }
    candidates << QStringLiteral("Angabe %1").arg(++m_textNumber) << QStringLiteral("33602")
               << QStringLiteral("anna.muster@example.org") << QStringLiteral("0521 123456")
               << QStringLiteral("HRB 12345") << QStringLiteral("MS-AB 123") << QStringLiteral("276098100123456")
               << QStringLiteral("DE89370400440532013000");
    const bt::forms::Constraints& rules = field.constraints;
    for (const QString& candidate : candidates) {
        if ((rules.pattern.isEmpty() || rules.compiledPattern.match(candidate).hasMatch()) &&
            candidate.size() >= rules.minLength.value_or(0) && candidate.size() <= rules.maxLength.value_or(1000)) {
            return candidate;
        }
    }
    return {};
}

void AnswersByTouch::answerText(bt::forms::TextEditor* editor)
{
    const QString text = textFor(editor->field());
    QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no sample fits ") + editor->field().id));
    QWidget* input = editor->lineEdit() ? static_cast<QWidget*>(editor->lineEdit()) : editor->textEdit()->viewport();
    TOUCH(m_citizen.tap(input));
    QVERIFY2(inside(editor, QApplication::focusWidget()),
             qPrintable(
                 QStringLiteral("tapped %1, focus in %2").arg(describe(input), describe(QApplication::focusWidget()))));
    TOUCH(m_citizen.typeOnKeyboard(text));
    QCOMPARE(editor->value(), text);
    record(editor, text);
}

// A whole number within every range of the forms; a measure with a decimal comma; euros and
// cents.
void AnswersByTouch::answerNumber(bt::forms::NumberEditor* editor)
{
    QString keys = QStringLiteral("2");
    QString value = keys;
    QString shown = keys;
    if (editor->field().type == DataType::Num) {
        keys = QStringLiteral("1,75");
        value = QStringLiteral("1.75");
        shown = keys;
    } else if (editor->field().type == DataType::NumCurrency) {
        keys = QStringLiteral("25000,5");
        value = QStringLiteral("25000.50");
        shown = QStringLiteral("25.000,50 €");
    }
    TOUCH(m_citizen.tap(editor->lineEdit()));
    TOUCH(m_citizen.typeOnPad(editor, keys));
    QCOMPARE(editor->lineEdit()->text(), keys);
    QCOMPARE(editor->value(), value);
    record(editor, shown);
    m_onStep[editor].typedDecimal = editor->field().type == DataType::Num;
    m_onStep[editor].euros = editor->field().type == DataType::NumCurrency;
}

void AnswersByTouch::answerDate(bt::forms::DateTimeEditor* editor)
{
    QVERIFY2(editor->mode() == bt::forms::DateTimeEditor::Mode::Date, "the shipped forms ask only for dates");
    if (!m_wrongDateTried) {
        m_wrongDateTried = true;
        TOUCH(enterWrongDate(editor));
        return;
    }
    // Most dates of the forms lie in the past (births, permits); "Weiter" tells which must not.
    TOUCH(typeDate(editor, QDate(1970, 1, 31)));
}

// The 31st of February, and the finger moves on to another field: the citizen should be told at
// once, under the field, in plain words.
void AnswersByTouch::enterWrongDate(bt::forms::DateTimeEditor* editor)
{
    TOUCH(m_citizen.tap(editor->segments().front()));
    TOUCH(m_citizen.typeOnPad(editor, QStringLiteral("31022000")));
    QCOMPARE(editor->value(), QStringLiteral("31.02.2000"));
    QLineEdit* elsewhere = nullptr;
    for (FieldEditor* other : shownEditors(m_citizen.form().stepView())) {
        if (other != editor && other->findChild<QLineEdit*>() && !other->isLocked()) {
            elsewhere = other->findChild<QLineEdit*>();
            break;
        }
    }
    QVERIFY2(elsewhere, "no other field to move to");
    TOUCH(m_citizen.tap(elsewhere));
    QVERIFY(!inside(editor, QApplication::focusWidget()));
    QCOMPARE(editor->errorLabel() && editor->errorLabel()->isVisible() ? editor->errorLabel()->text() : QString(),
             m_texts.dateFormatError);
}

void AnswersByTouch::answerYesNo(bt::forms::BoolEditor* editor)
{
    const bool yes = m_yes.contains(editor->field().id);
    const qsizetype before = shownEditors(m_citizen.form().stepView()).size();
    TOUCH(m_citizen.tap(yes ? editor->yesButton() : editor->noButton()));
    QCOMPARE(editor->value(), yes ? QStringLiteral("true") : QStringLiteral("false"));
    if (m_reveals.contains(editor->field().id)) {
        // The form's rule shows the questions that follow from this answer.
        QVERIFY2(shownEditors(m_citizen.form().stepView()).size() > before, qPrintable(editor->field().label));
    }
    record(editor, yes ? m_texts.yes : m_texts.no);
}

void AnswersByTouch::answerChoice(bt::forms::SelectEditor* editor)
{
    const std::vector<bt::forms::CodeListEntry>& entries = editor->field().codeList->entries();
    const bt::forms::CodeListEntry& chosen = entries.front();
    if (!editor->list()) {
        TOUCH(m_citizen.tap(editor->tileFor(chosen.code)));
    } else {
        // A long list: the first letters in the filter line, then the entry.
        TOUCH(m_citizen.tap(editor->filterEdit()));
        const QString letters = chosen.label.left(3).toLower();
        TOUCH(m_citizen.typeOnKeyboard(letters));
        QListWidget* list = editor->list();
        QListWidgetItem* item = nullptr;
        int shown = 0;
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden()) {
                ++shown;
                if (!item && list->item(row)->text() == chosen.label) {
                    item = list->item(row);
                }
            }
        }
        QVERIFY2(item, qPrintable(QStringLiteral("\"%1\" filtered away by \"%2\"").arg(chosen.label, letters)));
        QVERIFY2(shown < list->count(), qPrintable(QStringLiteral("\"%1\" left all entries").arg(letters)));
        TOUCH(m_citizen.tap(list->viewport(), list->visualItemRect(item).center()));
    }
    QCOMPARE(editor->value(), chosen.code);
    record(editor, chosen.label);
}

} // namespace bt::test
