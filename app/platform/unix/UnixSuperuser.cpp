#include "Superuser.h"

#include <unistd.h>

namespace bt::app {

bool runsAsSuperuser()
{
    // The effective user: what the kernel and Chromium's sandbox check.
    return ::geteuid() == 0;
}

} // namespace bt::app
