#include "IdleWatcher.h"

#include "Logging.h"

namespace bt::app {

IdleWatcher::IdleWatcher(const Clock& clock,
                         std::chrono::seconds idleTimeout,
                         std::chrono::seconds countdown,
                         QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_idleTimeout(idleTimeout)
    , m_countdown(countdown)
{
    // A quarter second keeps the displayed countdown exact to the second without busy waking.
    m_pollTimer.setInterval(std::chrono::milliseconds(250));
    connect(&m_pollTimer, &QTimer::timeout, this, &IdleWatcher::poll);
}

void IdleWatcher::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    m_lastActivity = m_clock.now();
    if (active) {
        m_pollTimer.start();
        return;
    }
    m_pollTimer.stop();
    if (m_countingDown) {
        m_countingDown = false;
        Q_EMIT countdownCancelled();
    }
}

void IdleWatcher::reportActivity()
{
    m_lastActivity = m_clock.now();
    if (m_countingDown) {
        m_countingDown = false;
        qCInfo(lcAppSession) << "idle countdown cancelled by activity";
        Q_EMIT countdownCancelled();
    }
}

int IdleWatcher::secondsLeft(std::chrono::milliseconds idle) const
{
    const auto left = m_idleTimeout + m_countdown - idle;
    // Round up: "1 second" is shown until the very end, never "0 seconds" while still waiting.
    return static_cast<int>((left.count() + 999) / 1000);
}

void IdleWatcher::poll()
{
    if (!m_active) {
        return;
    }
    const std::chrono::milliseconds idle = m_clock.now() - m_lastActivity;
    if (idle < m_idleTimeout) {
        return;
    }
    const int left = secondsLeft(idle);
    if (left <= 0) {
        qCInfo(lcAppSession) << "idle timeout reached";
        m_countingDown = false;
        m_active = false;
        m_pollTimer.stop();
        Q_EMIT timedOut();
        return;
    }
    if (!m_countingDown) {
        m_countingDown = true;
        m_lastSecondsLeft = left;
        qCInfo(lcAppSession) << "idle countdown started";
        Q_EMIT countdownStarted(left);
        return;
    }
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT countdownTicked(left);
    }
}

} // namespace bt::app
