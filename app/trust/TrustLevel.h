#pragma once

#include <QString>

namespace bt::app {

// The trust levels of the German Vertrauensniveau scheme (eIDAS: low/substantial/high).
// "Basic" is a Servicekonto with user name and password; "high" is the ID card with PIN.
enum class TrustLevel
{
    None,
    Basic,
    Substantial,
    High,
};

[[nodiscard]] bool satisfies(TrustLevel achieved, TrustLevel required);
[[nodiscard]] QString trustLevelName(TrustLevel level);

} // namespace bt::app
