#pragma once

#include "CitizenTexts.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace bt::forms {
class BoolEditor;
class DateTimeEditor;
class FieldEditor;
class NumberEditor;
class SelectEditor;
class TextEditor;
struct Field;
} // namespace bt::forms

namespace bt::test {

class TouchCitizen;

// One answer as the review must show it.
struct Given
{
    int step;
    QString label;
    QString shown;
    bool typedDecimal = false; // a number with a decimal comma (not euros)
    bool euros = false;
};

// Answers one question of the step on screen by touch, the way its editor asks for it, and
// remembers what the review must show for it. Yes/no questions listed in `yes` get "Ja" (the
// others "Nein"); a question listed in `reveals` must show more questions once answered. The
// form's first date gets the 31st of February, and the finger moves on: the citizen must be
// told at once.
class AnswersByTouch
{
public:
    AnswersByTouch(TouchCitizen& citizen, const CitizenTexts& texts, QStringList yes, QStringList reveals);

    void answer(bt::forms::FieldEditor* editor);
    // Typed on the number pad as Tag, Monat, Jahr.
    void typeDate(bt::forms::DateTimeEditor* editor, QDate date);

    [[nodiscard]] bool wrongDateTried() const { return m_wrongDateTried; }
    // The answers given on the step on screen; forgotten when the step is left.
    [[nodiscard]] const QHash<const bt::forms::FieldEditor*, Given>& onStep() const { return m_onStep; }
    void forgetStep() { m_onStep.clear(); }

private:
    void answerText(bt::forms::TextEditor* editor);
    void answerNumber(bt::forms::NumberEditor* editor);
    void answerDate(bt::forms::DateTimeEditor* editor);
    void enterWrongDate(bt::forms::DateTimeEditor* editor);
    void answerYesNo(bt::forms::BoolEditor* editor);
    void answerChoice(bt::forms::SelectEditor* editor);
    void record(const bt::forms::FieldEditor* editor, const QString& shown);
    QString textFor(const bt::forms::Field& field);

    TouchCitizen& m_citizen;
    CitizenTexts m_texts;
    QStringList m_yes;
    QStringList m_reveals;
    QHash<const bt::forms::FieldEditor*, Given> m_onStep;
    int m_textNumber = 0;
    bool m_wrongDateTried = false;
};

} // namespace bt::test
