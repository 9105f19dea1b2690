#pragma once

namespace bt::app {

// Whether the program runs as the Unix superuser (root). Chromium refuses to start its sandbox
// for root, which is why the embedded browser asks. Windows has no root: there it is false (an
// administrator is not one; Chromium's sandbox runs for administrators).
[[nodiscard]] bool runsAsSuperuser();

} // namespace bt::app
