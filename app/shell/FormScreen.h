#pragma once

#include "Clock.h"
#include "Screen.h"
#include "StepCheck.h"

#include <vector>

class QLabel;
class QPushButton;
class QScrollArea;

namespace bt::forms {
class FormInProgress;
class StepView;
} // namespace bt::forms

namespace bt::app {

class FormWorkflow;

// The guided form: the context's current step ("Schritt 3 von 7", the step's touch editors),
// "Weiter", "Zurück" and "Später fortsetzen", each handing what was typed to the form workflow,
// and what the workflow found missing or wrong. The answers live in the context
// (Session::form()); this screen holds only what is typed into the step on screen.
class FormScreen : public Screen
{
    Q_OBJECT
public:
    // clock: today's date, which the editors check answers against while the citizen types.
    FormScreen(FormWorkflow& workflow,
               const forms::FormInProgress& form,
               const Clock& clock,
               QWidget* parent = nullptr);

    // Builds the context's current step anew (another step, another form).
    void showCurrentStep();
    // The last citizen's step goes, with whatever was typed into it.
    void reset() override;
    void retranslate() override;
    // While typing, the form's name gives its room to the field (the step's title stays).
    void setKeyboardShown(bool shown) override;
    // Whether "Später fortsetzen" is offered (the terminal can keep drafts).
    void setDraftsAvailable(bool available);

    // The form shown (the context's), read-only.
    [[nodiscard]] const forms::FormInProgress& form() const { return m_form; }
    [[nodiscard]] forms::StepView* stepView() const { return m_view; }
    [[nodiscard]] QPushButton* nextButton() const { return m_next; }
    [[nodiscard]] QPushButton* previousButton() const { return m_previous; }
    [[nodiscard]] QPushButton* laterButton() const { return m_later; }
    [[nodiscard]] QString progressText() const;

private:
    void goNext();
    void goPrevious();
    void saveForLater();
    void showProblems(const std::vector<forms::StepProblem>& problems);

    FormWorkflow& m_workflow;
    const forms::FormInProgress& m_form;
    const Clock& m_clock;
    QLabel* m_title;
    QLabel* m_progress;
    QScrollArea* m_page;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_later;
    forms::StepView* m_view = nullptr;
};

} // namespace bt::app
