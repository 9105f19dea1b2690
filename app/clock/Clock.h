#pragma once

#include <QDate>
#include <QDateTime>

#include <chrono>

namespace bt::app {

// The terminal's time, injected everywhere so that tests set it instead of sleeping or depending
// on the day they run. Product code asks a Clock, never QDateTime::currentDateTime() and its
// relatives (the layout test finds such calls); SystemClock is the one place that reads the system.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic: for timeouts and countdowns; unaffected by changes of the wall clock.
    [[nodiscard]] virtual std::chrono::milliseconds now() const = 0;
    // The wall clock in UTC: for what is stored or sent (draft expiry, time stamps).
    [[nodiscard]] virtual QDateTime currentDateTimeUtc() const = 0;
    // Today in the terminal's time zone: for what a citizen enters (a birth date in the past).
    [[nodiscard]] QDate today() const { return currentDateTimeUtc().toLocalTime().date(); }
};

} // namespace bt::app
