#include "FormWorkflow.h"

#include "Clock.h"
#include "FormLibrary.h"
#include "IdentityPrefill.h"
#include "JourneyController.h"
#include "SecureBytes.h"
#include "Session.h"
#include "SubmissionError.h"
#include "WorkflowLogging.h"

#include <QCoreApplication>

namespace bt::app {

FormWorkflow::FormWorkflow(JourneyController& journey, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_journey(journey)
    , m_clock(clock)
{}

Session& FormWorkflow::session() const
{
    return m_journey.session();
}

bool FormWorkflow::start(const QString& formId)
{
    if (!m_journey.canEnter(JourneyStep::Form)) {
        return false;
    }
    forms::FormInProgress& form = session().form();
    if (form.formId() != formId) {
        Failure failure;
        std::optional<forms::FormSchema> schema = formLibrary::load(formId, &failure);
        if (!schema) {
            qCWarning(lcWorkflowForm).noquote() << "form" << formId << "cannot be shown:" << failure;
            return false;
        }
        QString problem;
        if (!form.start(std::move(*schema), formId, &problem)) {
            qCWarning(lcWorkflowForm).noquote() << "form" << formId << "cannot be shown:" << problem;
            return false;
        }
    }
    lockIdentityAnswers();
    Q_EMIT stepChanged();
    return m_journey.go(JourneyStep::Form);
}

bool FormWorkflow::resume(const QString& formId,
                          const QString& serviceKey,
                          QByteArrayView saved,
                          const QString& draftId)
{
    Failure failure;
    std::optional<forms::FormSchema> schema = formLibrary::load(formId, &failure);
    if (!schema) {
        qCWarning(lcWorkflowForm).noquote() << "a draft of form" << formId << "cannot be continued:" << failure;
        return false;
    }
    QString problem;
    if (!session().form().resume(std::move(*schema), formId, saved, draftId, &problem)) {
        // The form was changed by an update since the draft was saved (no personal data in the message).
        qCWarning(lcWorkflowForm).noquote() << "a draft of form" << formId << "cannot be continued:" << problem;
        return false;
    }
    if (!m_journey.selectService(serviceKey)) {
        session().form().wipe();
        return false;
    }
    // Identified far enough (or the service needs no identification): straight into the form.
    // Otherwise the service page, where the citizen identifies again (the trust level is never
    // kept with a draft); the answers wait in the context.
    if (m_journey.canEnter(JourneyStep::Form)) {
        return start(formId);
    }
    return m_journey.go(JourneyStep::ServicePage);
}

void FormWorkflow::lockIdentityAnswers()
{
    forms::FormInProgress& form = session().form();
    std::vector<forms::FormInProgress::LockedAnswer> locked;
    for (IdentityPrefill::Answer& answer : IdentityPrefill::shipped().answersFor(*form.schema(), session())) {
        locked.push_back({std::move(answer.path), std::move(answer.fieldId), std::move(answer.value)});
    }
    //: Shown at a form field filled in from the ID card; the citizen cannot change it.
    form.lockAnswers(locked, QCoreApplication::translate("bt::app::FormScreen", "From your ID card"));
}

void FormWorkflow::showStep(int index)
{
    if (session().form().goToStep(index)) {
        Q_EMIT stepChanged();
    }
}

void FormWorkflow::next(const forms::StepContent& content)
{
    forms::FormInProgress& form = session().form();
    form.storeStepContent(content);
    if (std::vector<forms::StepProblem> problems = form.problemsIn(content, m_clock.today()); !problems.empty()) {
        qCInfo(lcWorkflowForm) << "step" << form.currentStep() + 1 << "is not complete:" << problems.size()
                               << "problems";
        Q_EMIT stepIncomplete(problems);
        return;
    }
    if (form.isLastStep()) {
        m_journey.go(JourneyStep::Review);
    } else {
        showStep(form.currentStep() + 1);
    }
}

void FormWorkflow::previous(const forms::StepContent& content)
{
    forms::FormInProgress& form = session().form();
    form.storeStepContent(content);
    showStep(form.currentStep() - 1);
}

void FormWorkflow::edit(int step)
{
    showStep(step);
    m_journey.go(JourneyStep::Form);
}

bool FormWorkflow::saveForLater(const forms::StepContent& content)
{
    forms::FormInProgress& form = session().form();
    form.storeStepContent(content);
    if (saveForLater()) {
        return true;
    }
    // Something half typed (a date without its year) cannot be kept: the step shows what it is.
    Q_EMIT stepIncomplete(form.problemsIn(content, m_clock.today()));
    return false;
}

bool FormWorkflow::saveForLater()
{
    const forms::FormInProgress& form = session().form();
    if (!form.isOpen()) {
        return false;
    }
    forms::SubmissionError error;
    std::optional<QByteArray> xml = form.toDraft(&error);
    if (!xml) {
        qCInfo(lcWorkflowForm) << "draft not saved: an answer of the step does not fit its field";
        return false;
    }
    auto answers = std::make_shared<const eid::SecureBytes>(*xml);
    eid::wipeInPlace(*xml); // the only reference: written over in place, not in a detached copy
    Q_EMIT draftReady(std::move(answers));
    return true;
}

} // namespace bt::app
