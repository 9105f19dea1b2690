#include "Superuser.h"

namespace bt::app {

bool runsAsSuperuser()
{
    // Windows has no root; see Superuser.h.
    return false;
}

} // namespace bt::app
