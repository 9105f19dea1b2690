#pragma once

#include "JourneyStep.h"
#include "Session.h"

#include <QObject>

#include <vector>

namespace bt::app {

// Why a step cannot be entered now. Logged; never shown to citizens as is.
enum class JourneyRefusal
{
    None,
    Journey_TransitionNotAllowed,
    Journey_NoTopicChosen,
    Journey_NoServiceChosen,
    Journey_NoIdentificationNeeded,
    Journey_TrustLevelTooLow,
    Journey_NothingToGoBackTo,
};

// The citizen journey as an explicit state machine: which step may follow which, and what
// each step needs from the session before it may be entered. Every way out of a journey
// (finished, cancelled, idle) goes through wipe(), which clears the session.
class Journey : public QObject
{
    Q_OBJECT
public:
    explicit Journey(Session& session, QObject* parent = nullptr);

    [[nodiscard]] JourneyStep step() const { return m_step; }
    [[nodiscard]] Session& session() const { return m_session; }

    // Whether go(to) would succeed now; the reason if not.
    [[nodiscard]] JourneyRefusal check(JourneyStep to) const;
    [[nodiscard]] static bool isTransitionAllowed(JourneyStep from, JourneyStep to);
    // Moves forward (or sideways, e.g. review -> form to edit). False and nothing changes if refused.
    bool go(JourneyStep to);
    [[nodiscard]] bool canGoBack() const;
    bool back();

    // Ends the journey from any step: wipes the session and shows the attract screen.
    enum class WipeReason
    {
        Cancelled,
        IdleTimeout,
        Finished,
        Shutdown,
    };
    void wipe(WipeReason reason);

Q_SIGNALS:
    void stepChanged(bt::app::JourneyStep step);
    void wiped(bt::app::Journey::WipeReason reason);

private:
    void enter(JourneyStep step);

    Session& m_session;
    JourneyStep m_step = JourneyStep::Attract;
    std::vector<JourneyStep> m_history;
};

} // namespace bt::app
