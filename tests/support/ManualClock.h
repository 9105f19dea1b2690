#pragma once

#include "Clock.h"

namespace bt::test {

// A clock that only moves when the test says so; both its times move together. Read it on the
// thread that moves it. The wall clock starts at the real time of its making, so that dates a
// test derives from the real today (a pick-up date in two weeks) fit the terminal's today; a test
// that needs a fixed day sets it.
class ManualClock : public bt::app::Clock
{
public:
    [[nodiscard]] std::chrono::milliseconds now() const override { return m_now; }
    [[nodiscard]] QDateTime currentDateTimeUtc() const override
    {
        return m_wallStart.addMSecs((m_now - m_start).count());
    }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    // Sets the wall clock (the monotonic time goes on from where it is).
    void setCurrentDateTimeUtc(const QDateTime& utc)
    {
        m_wallStart = utc;
        m_start = m_now;
    }

private:
    std::chrono::milliseconds m_start{1000};
    std::chrono::milliseconds m_now{1000};
    QDateTime m_wallStart = QDateTime::currentDateTimeUtc();
};

} // namespace bt::test
