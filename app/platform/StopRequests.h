#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace bt::app {

// The operating system asking the program to stop (systemctl stop, Ctrl+C, a closing console),
// as a Qt signal on the thread that created it, so that a stopping terminal wipes the session
// before it exits. Each platform implements it in its own folder (platform/unix, platform/windows).
class StopRequests : public QObject
{
    Q_OBJECT
public:
    // The platform's implementation; it listens from now until it is destroyed.
    [[nodiscard]] static std::unique_ptr<StopRequests> create();

    ~StopRequests() override = default;

Q_SIGNALS:
    // cause: what asked, for the log ("signal 15").
    void stopRequested(const QString& cause);

protected:
    StopRequests() = default;
};

} // namespace bt::app
