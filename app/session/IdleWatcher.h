#pragma once

#include "Clock.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace bt::app {

// Notices when a citizen walks away: after idleTimeout without activity it starts a
// countdown, and when the countdown runs out it reports timedOut(). Time comes from an
// injected Clock; a QTimer only decides how often to look at it.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(const Clock& clock,
                std::chrono::seconds idleTimeout,
                std::chrono::seconds countdown,
                QObject* parent = nullptr);

    // Only a running session is watched; the attract screen has nothing to wipe.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isCountingDown() const { return m_countingDown; }
    [[nodiscard]] std::chrono::seconds idleTimeout() const { return m_idleTimeout; }

    // Any touch, click or key.
    void reportActivity();
    // Compares the clock with the last activity; called by the internal timer.
    void poll();

Q_SIGNALS:
    void countdownStarted(int secondsLeft);
    void countdownTicked(int secondsLeft);
    void countdownCancelled();
    void timedOut();

private:
    [[nodiscard]] int secondsLeft(std::chrono::milliseconds idle) const;

    const Clock& m_clock;
    std::chrono::seconds m_idleTimeout;
    std::chrono::seconds m_countdown;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_lastActivity{0};
    bool m_active = false;
    bool m_countingDown = false;
    int m_lastSecondsLeft = -1;
};

} // namespace bt::app
