#include "SystemClock.h"

namespace bt::app {

SystemClock::SystemClock()
{
    m_timer.start();
}

std::chrono::milliseconds SystemClock::now() const
{
    return std::chrono::milliseconds(m_timer.elapsed());
}

} // namespace bt::app
