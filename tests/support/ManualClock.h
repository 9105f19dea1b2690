#pragma once

#include "Clock.h"

namespace bt::test {

// A clock that only moves when the test says so.
class ManualClock : public bt::app::Clock
{
public:
    [[nodiscard]] std::chrono::milliseconds now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }

private:
    std::chrono::milliseconds m_now{1000};
};

} // namespace bt::test
