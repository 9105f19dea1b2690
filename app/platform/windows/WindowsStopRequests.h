#pragma once

#include "StopRequests.h"

namespace bt::app {

// Ctrl+C, Ctrl+Break, a closing console window, logoff and shutdown as stop requests, through the
// console control handler (SetConsoleCtrlHandler). Windows calls the handler on a thread of its
// own; the request is queued to this object's thread. One instance at a time.
class WindowsStopRequests : public StopRequests
{
    Q_OBJECT
public:
    WindowsStopRequests();
    ~WindowsStopRequests() override; // the default handling again; a waiting handler may return
};

} // namespace bt::app
