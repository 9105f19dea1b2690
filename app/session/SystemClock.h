#pragma once

#include "Clock.h"

#include <QElapsedTimer>

namespace bt::app {

class SystemClock : public Clock
{
public:
    SystemClock();
    [[nodiscard]] std::chrono::milliseconds now() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace bt::app
