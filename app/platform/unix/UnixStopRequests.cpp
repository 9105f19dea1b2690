#include "UnixStopRequests.h"

#include <QSocketNotifier>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace bt::app {

std::unique_ptr<StopRequests> StopRequests::create()
{
    return std::make_unique<UnixStopRequests>();
}

int UnixStopRequests::s_fds[2] = {-1, -1};

UnixStopRequests::UnixStopRequests()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0) {
        return;
    }
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        int signalNumber = 0;
        if (::read(s_fds[1], &signalNumber, sizeof signalNumber) == static_cast<ssize_t>(sizeof signalNumber)) {
            Q_EMIT stopRequested(QStringLiteral("signal %1").arg(signalNumber));
        }
    });
    struct sigaction action = {};
    action.sa_handler = &UnixStopRequests::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signalNumber, &action, nullptr);
    }
}

UnixStopRequests::~UnixStopRequests()
{
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ::signal(signalNumber, SIG_DFL);
    }
    for (int& fd : s_fds) {
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    }
}

void UnixStopRequests::handle(int signalNumber)
{
    // Only async-signal-safe calls here.
    [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &signalNumber, sizeof signalNumber);
}

} // namespace bt::app
