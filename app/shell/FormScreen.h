#pragma once

#include "Clock.h"

#include "FormAnswers.h"
#include "FormSchema.h"
#include "IdentityPrefill.h"
#include "Screen.h"
#include "WizardPlan.h"

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace bt::forms {
class StepView;
}

namespace bt::app {

// The guided form: one step of the wizard plan at a time, "Schritt 3 von 7", the step's
// touch editors, and "Weiter", which checks the step before it moves on. After the last step
// the citizen reviews everything (reviewRequested). The answers live here for one citizen and
// are wiped with the session.
class FormScreen : public Screen
{
    Q_OBJECT
public:
    // clock: today's date, which answers are checked against.
    explicit FormScreen(const Clock& clock, QWidget* parent = nullptr);

    // Loads the form and shows its first step; false (and a logged reason) if it cannot be read.
    bool start(const QString& formId);
    // The same for a schema read elsewhere (a form author's file): any schema the parser accepts.
    bool start(forms::FormSchema schema, const QString& formId);
    // Continues a draft saved with "Später fortsetzen" (the submission format) at the first step;
    // false, nothing loaded and a logged reason if the form is no longer shipped or the answers do
    // not fit it any more.
    bool resume(const QString& formId, const QByteArray& saved, const QString& draftId);
    bool resume(forms::FormSchema schema, const QString& formId, const QByteArray& saved, const QString& draftId);
    // The answers the ID card gives: they replace what the draft or the citizen had, and their
    // fields are shown locked with the reason.
    void lockIdentityAnswers(const std::vector<IdentityPrefill::Answer>& answers);
    // Shows step `index` (0-based), e.g. from the review's "Ändern".
    void showStep(int index);
    void wipe();
    void retranslate() override;
    // While typing, the form's name gives its room to the field (the step's title stays).
    void setKeyboardShown(bool shown) override;

    [[nodiscard]] const forms::FormSchema* schema() const { return m_schema ? &*m_schema : nullptr; }
    [[nodiscard]] const forms::WizardPlan& plan() const { return m_plan; }
    [[nodiscard]] const forms::FormAnswers& answers() const { return m_answers; }
    [[nodiscard]] QString formId() const { return m_formId; }
    // The draft this form was resumed from (to delete once submitted); empty for a new form.
    [[nodiscard]] QString resumedDraftId() const { return m_resumedDraftId; }
    [[nodiscard]] bool isLocked(const QString& fieldId) const { return m_locked.contains(fieldId); }
    [[nodiscard]] int currentStep() const { return m_step; }
    [[nodiscard]] forms::StepView* stepView() const { return m_view; }
    [[nodiscard]] QPushButton* nextButton() const { return m_next; }
    [[nodiscard]] QPushButton* previousButton() const { return m_previous; }
    [[nodiscard]] QPushButton* laterButton() const { return m_later; }
    // Whether "Später fortsetzen" is offered (the terminal can keep drafts).
    void setDraftsAvailable(bool available);
    // "Später fortsetzen": the answers so far go out with draftRequested (also from the review).
    void saveForLater();
    [[nodiscard]] QString progressText() const;

Q_SIGNALS:
    void reviewRequested();
    // "Später fortsetzen": the answers so far in the submission format, ready to be sealed.
    void draftRequested(const QByteArray& answers);

private:
    bool load(forms::FormSchema schema, const QString& formId);
    const Clock& m_clock;
    void keepStepAnswers();
    void goNext();
    void goPrevious();

    QLabel* m_title;
    QLabel* m_progress;
    QScrollArea* m_page;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_later;
    bool m_draftsAvailable = false;
    forms::StepView* m_view = nullptr;
    std::optional<forms::FormSchema> m_schema;
    forms::WizardPlan m_plan;
    forms::FormAnswers m_answers;
    QString m_formId;
    QString m_resumedDraftId;
    QHash<QString, QString> m_locked; // field id → why it cannot be changed
    int m_step = 0;
};

} // namespace bt::app
