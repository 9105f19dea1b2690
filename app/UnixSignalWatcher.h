#pragma once

#include <QObject>

class QSocketNotifier;

namespace bt::app {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the UI thread (self-pipe), so that a
// stopping terminal wipes the session before it exits.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    static int s_fds[2];
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace bt::app
