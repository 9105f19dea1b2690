#pragma once

#include "AnswersByTouch.h"
#include "CitizenTexts.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace bt::test {

class TouchCitizen;
class WizardScreens;

// The steps of the form on screen, walked by touch: every question answered (AnswersByTouch),
// an entry added to and removed from every repeated part, what the citizen is told after a wrong
// "Weiter" checked, and "Weiter" until the step is accepted. Remembers what the review must show.
class FormByTouch
{
public:
    FormByTouch(TouchCitizen& citizen,
                WizardScreens& screens,
                const CitizenTexts& texts,
                const QStringList& yes,
                const QStringList& reveals);

    // "Weiter" on the step still empty: it stays, every missing answer is said under its field
    // and in the box at the top, and the finger is put into the first of them.
    void checkEmptyStepRefused();
    // Every empty question on screen, top to bottom; answers show further questions, so the step
    // is looked at again after each.
    void answerShownQuestions();
    // "Noch einen Eintrag hinzufügen" adds an entry and puts the finger into it, "Entfernen"
    // takes it away again. A repeated group keeps a second, answered entry.
    void addAndRemoveEntries();
    // After "Weiter" on the wrong date: the step stays, the box at the top says what is wrong, the
    // message is under the field, and the finger is put into that field. Then corrected.
    void checkWrongDateReported();
    // "Weiter" until the step is accepted. Dates refused by a rule ("not in the past") get the
    // other kind of date, in two weeks; any other complaint is a failure.
    void finishStep();

    [[nodiscard]] bool wrongDateTried() const { return m_answers.wrongDateTried(); }
    // The answers of the steps done so far.
    [[nodiscard]] const QList<Given>& given() const { return m_given; }
    // Repeated groups that go to the review with two entries.
    [[nodiscard]] const QList<Given>& keptSecond() const { return m_keptSecond; }
    // Repeated parts whose entries were added and removed, in form order.
    [[nodiscard]] const QStringList& repeated() const { return m_repeated; }

private:
    [[nodiscard]] bool listedOnReview(const bt::forms::FieldEditor* editor) const;

    TouchCitizen& m_citizen;
    WizardScreens& m_screens;
    CitizenTexts m_texts;
    AnswersByTouch m_answers;
    QList<Given> m_given;
    QSet<const bt::forms::FieldEditor*> m_done; // editors of this step already answered
    QStringList m_repeated;
    QList<Given> m_keptSecond;
};

} // namespace bt::test
