#pragma once

#include "Clock.h"

#include <QElapsedTimer>

namespace bt::app {

// The system's clocks. Thread-safe: both are read without state that changes.
class SystemClock : public Clock
{
public:
    SystemClock();
    [[nodiscard]] std::chrono::milliseconds now() const override;
    [[nodiscard]] QDateTime currentDateTimeUtc() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace bt::app
