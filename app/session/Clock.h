#pragma once

#include <chrono>

namespace bt::app {

// Monotonic time, injectable so that tests can move it forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::chrono::milliseconds now() const = 0;
};

} // namespace bt::app
