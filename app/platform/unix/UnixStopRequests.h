#pragma once

#include "StopRequests.h"

class QSocketNotifier;

namespace bt::app {

// SIGTERM, SIGINT and SIGHUP as stop requests. The signal handler only writes the signal's number
// into a socket pair (self-pipe); a QSocketNotifier reads it on the UI thread.
class UnixStopRequests : public StopRequests
{
    Q_OBJECT
public:
    UnixStopRequests();
    ~UnixStopRequests() override; // the signals' default actions again

private:
    static void handle(int signalNumber);
    static int s_fds[2];
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace bt::app
