#include "DraftWorkflow.h"

#include "Catalog.h"
#include "Clock.h"
#include "DraftCodeSlip.h"
#include "DraftService.h"
#include "FormWorkflow.h"
#include "JourneyController.h"
#include "Session.h"
#include "WorkflowLogging.h"

#include <QMetaEnum>

namespace bt::app {

namespace {

using S = DraftWorkflow::State;

bool isAllowed(S from, S to)
{
    switch (from) {
    case S::Idle:
        return to == S::Sealing || to == S::CheckingCode;
    case S::Sealing:
    case S::ShowingCode:
    case S::CheckingCode:
        return to == S::Idle || (from == S::Sealing && to == S::ShowingCode);
    }
    return false;
}

const char* nameOf(S state)
{
    return QMetaEnum::fromType<S>().valueToKey(static_cast<int>(state));
}

} // namespace

DraftWorkflow::DraftWorkflow(
    JourneyController& journey, FormWorkflow& form, const Catalog& catalog, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_journey(journey)
    , m_form(form)
    , m_catalog(catalog)
    , m_clock(clock)
{
    connect(&m_form, &FormWorkflow::draftReady, this, &DraftWorkflow::seal);
    connect(&session(), &Session::wiped, this, [this] {
        closeCode();
        m_state = S::Idle;
        m_requestJourney.clear();
    });
}

DraftWorkflow::~DraftWorkflow() = default;

Session& DraftWorkflow::session() const
{
    return m_journey.session();
}

bool DraftWorkflow::moveTo(State next)
{
    if (!isAllowed(m_state, next)) {
        qCWarning(lcWorkflowDrafts) << "refused" << nameOf(m_state) << "->" << nameOf(next);
        return false;
    }
    qCDebug(lcWorkflowDrafts) << nameOf(m_state) << "->" << nameOf(next);
    m_state = next;
    return true;
}

void DraftWorkflow::setStore(DraftService* store, int keepDays)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_keepDays = keepDays;
    m_storeWorks = true;
    if (store) {
        connect(store, &DraftService::saved, this, &DraftWorkflow::onSealed);
        connect(store, &DraftService::saveFailed, this, [this] {
            if (m_state == S::Sealing) {
                moveTo(S::Idle);
            }
        });
        connect(store, &DraftService::resumed, this, [this](const std::shared_ptr<DraftOpening>& opening) {
            onOpened(*opening);
        });
        connect(store, &DraftService::failed, this, [this] {
            m_storeWorks = false;
            Q_EMIT availabilityChanged(false);
        });
    }
    Q_EMIT availabilityChanged(isAvailable());
}

void DraftWorkflow::setPrinter(Printer* printer)
{
    if (m_printer) {
        disconnect(m_printer, nullptr, this, nullptr);
    }
    m_printer = printer;
    if (printer) {
        connect(printer, &Printer::printed, this, [this](Printer::JobId job) { onPrintFinished(job, true); });
        connect(printer, &Printer::failed, this, [this](Printer::JobId job) { onPrintFinished(job, false); });
    }
}

void DraftWorkflow::seal(std::shared_ptr<const eid::SecureBytes> answers)
{
    if (!isAvailable() || !moveTo(S::Sealing)) {
        return;
    }
    m_requestJourney = session().journeyId();
    m_store->save(session().form().formId(), session().serviceKey(), std::move(answers));
}

void DraftWorkflow::onSealed(const std::shared_ptr<const ResumeCode>& code)
{
    // Sealing takes a moment: if the citizen has gone meanwhile, the code is shown to nobody
    // (above all not to the next citizen, who may be in a form already).
    const JourneyStep step = m_journey.step();
    if (m_state != S::Sealing || m_requestJourney != session().journeyId() ||
        (step != JourneyStep::Form && step != JourneyStep::Review)) {
        qCInfo(lcWorkflowDrafts) << "a draft was saved after its session ended; its code is not shown";
        return;
    }
    moveTo(S::ShowingCode);
    // A resumed form saved again: the new code replaces the old one, which would otherwise open
    // the older answers until it expires.
    if (const QString replaced = session().form().resumedDraftId(); !replaced.isEmpty()) {
        m_store->remove(replaced);
    }
    session().setDraftCode(code->grouped().view(), m_clock.today().addDays(m_keepDays));
    Q_EMIT codeReady();
    Q_EMIT printStateChanged(m_printer ? PrintState::Printing : PrintState::NoPrinter);
    print();
}

void DraftWorkflow::print()
{
    if (!m_printer || m_state != S::ShowingCode) {
        return;
    }
    const Service* service = m_catalog.find(session().serviceKey());
    const QString language = session().language();
    auto slip = std::make_shared<DraftCodeSlip>(service ? service->plainName.in(language) : QString(),
                                                session().draftCode(),
                                                session().draftKeptUntil(),
                                                QLocale(language));
    m_printJob = m_printer->print(std::move(slip));
    Q_EMIT printStateChanged(PrintState::Printing);
}

void DraftWorkflow::printAgain()
{
    print();
}

void DraftWorkflow::onPrintFinished(Printer::JobId job, bool printed)
{
    // Only the job of the code on screen speaks to the screen; an earlier citizen's never does.
    if (job != m_printJob) {
        return;
    }
    m_printJob = 0;
    Q_EMIT printStateChanged(printed ? PrintState::Printed : PrintState::Failed);
}

void DraftWorkflow::closeCode()
{
    session().forgetDraftCode();
    if (m_printJob != 0 && m_printer) {
        m_printer->cancel(m_printJob);
    }
    m_printJob = 0;
    if (m_state == S::ShowingCode) {
        moveTo(S::Idle);
    }
}

void DraftWorkflow::enterCode(std::shared_ptr<const ResumeCode> code)
{
    if (!isAvailable() || !moveTo(S::CheckingCode)) {
        return;
    }
    m_requestJourney = session().journeyId();
    m_store->resume(std::move(code));
}

void DraftWorkflow::onOpened(const DraftOpening& opening)
{
    // Checking the code takes a moment: a citizen who has gone meanwhile gets nothing opened, and
    // the next one (who typed no code) sees nothing of it.
    if (m_state != S::CheckingCode || m_requestJourney != session().journeyId() ||
        m_journey.step() != JourneyStep::ResumeDraft) {
        qCInfo(lcWorkflowDrafts) << "a draft was opened after its session ended; it is not shown";
        return;
    }
    moveTo(S::Idle);
    if (opening.status != DraftOpening::Status::Opened) {
        Q_EMIT codeRefused(opening);
        return;
    }
    if (!m_form.resume(opening.formId, opening.serviceKey, opening.answers.view(), opening.draftId)) {
        Q_EMIT cannotContinue();
    }
}

} // namespace bt::app
