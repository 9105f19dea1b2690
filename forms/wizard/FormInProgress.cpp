#include "FormInProgress.h"

#include "SubmissionReader.h"
#include "SubmissionWriter.h"

namespace bt::forms {

bool FormInProgress::open(FormSchema schema, const QString& formId, QString* problem)
{
    wipe();
    WizardPlan plan = WizardPlan::of(schema);
    if (plan.size() == 0) {
        if (problem) {
            *problem = QStringLiteral("the form has nothing to ask");
        }
        return false;
    }
    m_plan = std::move(plan);
    m_schema = std::move(schema);
    m_formId = formId;
    return true;
}

bool FormInProgress::start(FormSchema schema, const QString& formId, QString* problem)
{
    return open(std::move(schema), formId, problem);
}

bool FormInProgress::resume(
    FormSchema schema, const QString& formId, QByteArrayView saved, const QString& draftId, QString* problem)
{
    if (!open(std::move(schema), formId, problem)) {
        return false;
    }
    SubmissionError error;
    std::optional<Submission> submission =
        SubmissionReader::read(QByteArray::fromRawData(saved.data(), saved.size()), *m_schema, &error);
    if (!submission || submission->formId != formId) {
        if (problem) {
            *problem = submission ? QStringLiteral("the draft is of another form (%1)").arg(submission->formId)
                                  : error.message;
        }
        if (submission) {
            submission->answers.wipe();
        }
        wipe();
        return false;
    }
    m_answers = std::move(submission->answers);
    submission->answers.wipe();
    m_resumedDraftId = draftId;
    return true;
}

const WizardPlan::Step* FormInProgress::step() const
{
    if (!m_schema || m_step < 0 || m_step >= m_plan.size()) {
        return nullptr;
    }
    return &m_plan.steps()[static_cast<std::size_t>(m_step)];
}

bool FormInProgress::goToStep(int index)
{
    if (!m_schema || index < 0 || index >= m_plan.size()) {
        return false;
    }
    m_step = index;
    return true;
}

StepContent FormInProgress::stepContent() const
{
    const WizardPlan::Step* current = step();
    return current ? stepAnswers::load(*current->group, current->occurrencePath, m_answers) : StepContent();
}

void FormInProgress::storeStepContent(const StepContent& content)
{
    if (const WizardPlan::Step* current = step()) {
        stepAnswers::store(*current->group, current->occurrencePath, content, m_answers);
    }
}

std::vector<StepProblem> FormInProgress::problemsIn(const StepContent& content, QDate today) const
{
    const WizardPlan::Step* current = step();
    return current ? stepCheck::problems(*current->group, content, today) : std::vector<StepProblem>();
}

void FormInProgress::lockAnswers(const std::vector<LockedAnswer>& answers, const QString& reason)
{
    if (!m_schema) {
        return;
    }
    m_locked.clear();
    for (const LockedAnswer& answer : answers) {
        m_answers.setValue(answer.path, answer.fieldId, answer.value);
        m_locked.insert(answer.fieldId, reason);
    }
}

std::optional<QByteArray> FormInProgress::toDraft(SubmissionError* error) const
{
    if (!m_schema) {
        return std::nullopt;
    }
    return SubmissionWriter::toXml(*m_schema, m_formId, m_answers, error);
}

void FormInProgress::wipe()
{
    m_answers.wipe();
    m_answers = FormAnswers();
    m_schema.reset();
    m_plan = WizardPlan();
    m_formId.clear();
    m_resumedDraftId.clear();
    m_locked.clear();
    m_step = 0;
}

} // namespace bt::forms
