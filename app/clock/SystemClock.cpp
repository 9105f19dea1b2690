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

QDateTime SystemClock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc(); // the one place that asks the system
}

} // namespace bt::app
