#pragma once

#include "FormAnswers.h"
#include "FormSchema.h"
#include "StepAnswers.h"
#include "StepCheck.h"
#include "SubmissionError.h"
#include "WizardPlan.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace bt::forms {

// The form one citizen is filling: the schema, its plan of steps, the answers so far, the step
// on screen and the answers taken from the ID card, which the citizen cannot change. Logic only:
// the form screen shows the current step's content and what is wrong with it, and hands back
// what was typed.
// Personal data: the answers. wipe() overwrites them; the owner (the citizen's session) calls it
// when the session ends.
class FormInProgress
{
public:
    struct LockedAnswer
    {
        QString path; // FormAnswers occurrence path
        QString fieldId;
        QString value;
    };

    // Opens `schema` at its first step, replacing whatever was open. False (nothing open, the
    // reason in *problem) when the form has nothing to ask.
    bool start(FormSchema schema, const QString& formId, QString* problem);
    // The same with the answers of a draft (the submission format) from "Später fortsetzen".
    // False, nothing open and the reason in *problem (no personal data in it) when the answers do
    // not fit the form any more (it was updated since the draft was saved).
    bool
    resume(FormSchema schema, const QString& formId, QByteArrayView saved, const QString& draftId, QString* problem);

    [[nodiscard]] bool isOpen() const { return m_schema.has_value(); }
    [[nodiscard]] const FormSchema* schema() const { return m_schema ? &*m_schema : nullptr; }
    [[nodiscard]] const WizardPlan& plan() const { return m_plan; }
    [[nodiscard]] const FormAnswers& answers() const { return m_answers; }
    [[nodiscard]] QString formId() const { return m_formId; }
    // The draft this form was resumed from (replaced when it is saved again); empty for a new form.
    [[nodiscard]] QString resumedDraftId() const { return m_resumedDraftId; }

    [[nodiscard]] int currentStep() const { return m_step; }
    [[nodiscard]] bool isLastStep() const { return m_step + 1 >= m_plan.size(); }
    // The step on screen; null when no form is open.
    [[nodiscard]] const WizardPlan::Step* step() const;
    // Moves to step `index` (0-based); false and nothing changes when there is no such step.
    bool goToStep(int index);

    // The current step's answers in the shape the step view takes, and back.
    [[nodiscard]] StepContent stepContent() const;
    void storeStepContent(const StepContent& content);
    // What must be mended in `content` before the citizen may leave the current step forward
    // (stepCheck); nothing when it is complete. today: from the session's clock.
    [[nodiscard]] std::vector<StepProblem> problemsIn(const StepContent& content, QDate today) const;

    // The answers from the ID card replace what the draft or the citizen had; their fields are
    // locked with `reason` (by field id). Replaces earlier locks.
    void lockAnswers(const std::vector<LockedAnswer>& answers, const QString& reason);
    [[nodiscard]] const QHash<QString, QString>& lockedFields() const { return m_locked; }

    // The answers so far in the submission format, for "Später fortsetzen". Nothing when an answer
    // does not fit its field (a date without its year); the reason in *error.
    [[nodiscard]] std::optional<QByteArray> toDraft(SubmissionError* error) const;

    // Closes the form and overwrites the answers.
    void wipe();

private:
    bool open(FormSchema schema, const QString& formId, QString* problem);

    std::optional<FormSchema> m_schema;
    WizardPlan m_plan;
    FormAnswers m_answers;
    QString m_formId;
    QString m_resumedDraftId;
    QHash<QString, QString> m_locked; // field id → why it cannot be changed
    int m_step = 0;
};

} // namespace bt::forms
