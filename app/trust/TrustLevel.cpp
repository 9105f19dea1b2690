#include "TrustLevel.h"

namespace bt::app {

bool satisfies(TrustLevel achieved, TrustLevel required)
{
    return static_cast<int>(achieved) >= static_cast<int>(required);
}

QString trustLevelName(TrustLevel level)
{
    switch (level) {
    case TrustLevel::None:
        return QStringLiteral("none");
    case TrustLevel::Basic:
        return QStringLiteral("basic");
    case TrustLevel::Substantial:
        return QStringLiteral("substantial");
    case TrustLevel::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("unknown");
}

} // namespace bt::app
