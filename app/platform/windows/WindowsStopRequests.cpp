#include "WindowsStopRequests.h"

#include <QMetaObject>
#include <qt_windows.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace bt::app {

namespace {

std::mutex s_mutex;
std::condition_variable s_destroyed;
WindowsStopRequests* s_instance = nullptr; // guarded by s_mutex

QString causeOf(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
        return QStringLiteral("Ctrl+C");
    case CTRL_BREAK_EVENT:
        return QStringLiteral("Ctrl+Break");
    case CTRL_CLOSE_EVENT:
        return QStringLiteral("console closed");
    case CTRL_LOGOFF_EVENT:
        return QStringLiteral("logoff");
    case CTRL_SHUTDOWN_EVENT:
        return QStringLiteral("shutdown");
    default:
        return QStringLiteral("console event %1").arg(event);
    }
}

// Runs on a thread Windows creates for the event.
BOOL WINAPI onConsoleControl(DWORD event)
{
    std::unique_lock lock(s_mutex);
    if (s_instance == nullptr) {
        return FALSE; // the next handler: Windows' default ends the process
    }
    WindowsStopRequests* instance = s_instance;
    const QString cause = causeOf(event);
    QMetaObject::invokeMethod(
        instance, [instance, cause] { Q_EMIT instance->stopRequested(cause); }, Qt::QueuedConnection);
    // After these three Windows ends the process as soon as the handler returns (or after about
    // 5 s): wait until the terminal has stopped and wiped the session, which destroys this object.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT) {
        s_destroyed.wait_for(lock, std::chrono::seconds(4), [] { return s_instance == nullptr; });
    }
    return TRUE;
}

} // namespace

std::unique_ptr<StopRequests> StopRequests::create()
{
    return std::make_unique<WindowsStopRequests>();
}

WindowsStopRequests::WindowsStopRequests()
{
    {
        const std::lock_guard lock(s_mutex);
        s_instance = this;
    }
    ::SetConsoleCtrlHandler(&onConsoleControl, TRUE);
}

WindowsStopRequests::~WindowsStopRequests()
{
    ::SetConsoleCtrlHandler(&onConsoleControl, FALSE);
    {
        const std::lock_guard lock(s_mutex);
        s_instance = nullptr;
    }
    s_destroyed.notify_all();
}

} // namespace bt::app
