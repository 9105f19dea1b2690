#include "Journey.h"

#include "Logging.h"

#include <algorithm>
#include <initializer_list>

namespace bt::app {

namespace {

struct Transition
{
    JourneyStep from;
    std::initializer_list<JourneyStep> to;
};

using S = JourneyStep;

// Forward (and edit) transitions, in journey order. Leaving for the attract screen is not
// listed: it is only possible through wipe().
const Transition transitions[] = {
    {S::Attract, {S::Home}},
    {S::Home, {S::Topic, S::ServiceIndex, S::SearchResults, S::ServicePage, S::ResumeDraft}},
    // A resumed draft continues at its form, or at its service page when the citizen must first
    // identify again (the trust level is never kept with a draft).
    {S::ResumeDraft, {S::Home, S::ServicePage, S::Form}},
    {S::ServiceIndex, {S::Home, S::ServicePage}},
    {S::Topic, {S::Home, S::Topic, S::ServicePage, S::SearchResults}},
    {S::SearchResults, {S::Home, S::ServicePage, S::Topic}},
    {S::ServicePage, {S::Home, S::OnlineService, S::Identification, S::Form}},
    {S::OnlineService, {}}, // only back to the service page, or the wipe
    {S::Identification, {S::Form}},
    {S::Form, {S::Evidence, S::Review}},
    {S::Evidence, {S::Review}},
    {S::Review, {S::Form, S::Evidence, S::Payment, S::Submission}},
    {S::Payment, {S::Submission}},
    {S::Submission, {S::Receipt}},
    {S::Receipt, {}},
};

// Steps a citizen may return to with "back". Once paid or submitted there is no way back:
// the terminal must not offer to undo what the back office already has.
bool isBackTarget(JourneyStep step)
{
    switch (step) {
    case S::Home:
    case S::Topic:
    case S::ServiceIndex:
    case S::SearchResults:
    case S::ServicePage:
    case S::Form:
    case S::Evidence:
        return true;
    default:
        return false;
    }
}

bool isBackSource(JourneyStep step)
{
    return step != S::Attract && step != S::Payment && step != S::Submission && step != S::Receipt;
}

} // namespace

Journey::Journey(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

bool Journey::isTransitionAllowed(JourneyStep from, JourneyStep to)
{
    for (const Transition& transition : transitions) {
        if (transition.from == from) {
            return std::find(transition.to.begin(), transition.to.end(), to) != transition.to.end();
        }
    }
    return false;
}

JourneyRefusal Journey::check(JourneyStep to) const
{
    if (!isTransitionAllowed(m_step, to)) {
        return JourneyRefusal::Journey_TransitionNotAllowed;
    }
    switch (to) {
    case S::Topic:
        return m_session.topicId().isEmpty() ? JourneyRefusal::Journey_NoTopicChosen : JourneyRefusal::None;
    case S::ServicePage:
    case S::OnlineService:
        return m_session.serviceKey().isEmpty() ? JourneyRefusal::Journey_NoServiceChosen : JourneyRefusal::None;
    case S::Identification:
        if (m_session.serviceKey().isEmpty()) {
            return JourneyRefusal::Journey_NoServiceChosen;
        }
        return satisfies(m_session.achievedTrustLevel(), m_session.requiredTrustLevel())
                   ? JourneyRefusal::Journey_NoIdentificationNeeded
                   : JourneyRefusal::None;
    case S::Form:
        if (m_session.serviceKey().isEmpty()) {
            return JourneyRefusal::Journey_NoServiceChosen;
        }
        return satisfies(m_session.achievedTrustLevel(), m_session.requiredTrustLevel())
                   ? JourneyRefusal::None
                   : JourneyRefusal::Journey_TrustLevelTooLow;
    default:
        return JourneyRefusal::None;
    }
}

bool Journey::go(JourneyStep to)
{
    if (const JourneyRefusal refusal = check(to); refusal != JourneyRefusal::None) {
        qCWarning(lcAppJourney) << "journey" << m_session.journeyId() << "refused" << stepName(m_step) << "->"
                                << stepName(to) << "code" << static_cast<int>(refusal);
        return false;
    }
    if (isBackTarget(m_step)) {
        m_history.push_back(m_step);
    }
    enter(to);
    return true;
}

bool Journey::canGoBack() const
{
    return isBackSource(m_step) && !m_history.empty();
}

bool Journey::back()
{
    if (!canGoBack()) {
        return false;
    }
    const JourneyStep previous = m_history.back();
    m_history.pop_back();
    enter(previous);
    return true;
}

void Journey::wipe(WipeReason reason)
{
    qCInfo(lcAppJourney) << "journey" << m_session.journeyId() << "ends at" << stepName(m_step) << "reason"
                         << static_cast<int>(reason);
    m_history.clear();
    m_session.wipe();
    enter(JourneyStep::Attract);
    Q_EMIT wiped(reason);
}

void Journey::enter(JourneyStep step)
{
    m_step = step;
    qCInfo(lcAppJourney) << "journey" << m_session.journeyId() << "step" << stepName(step);
    Q_EMIT stepChanged(step);
}

} // namespace bt::app
