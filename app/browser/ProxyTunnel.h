#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace bt::app {

class AllowlistProxy;

// One connection of the web engine to the proxy: reads the request head, asks the proxy whether
// the destination is allowed, connects to it and then relays bytes both ways until either side
// closes. Deletes itself when done.
class ProxyTunnel : public QObject
{
    Q_OBJECT
public:
    ProxyTunnel(QTcpSocket* client, const AllowlistProxy& proxy);

private:
    void readHead();
    void answerAndClose(const char* status);
    void relay(QTcpSocket& from, QTcpSocket& to);
    void finish();

    QTcpSocket* m_client; // owned (child)
    QTcpSocket* m_server; // owned (child)
    const AllowlistProxy& m_proxy;
    QByteArray m_head;
    QByteArray m_pending; // for the server once it is connected
    bool m_relaying = false;
    bool m_finished = false;
};

} // namespace bt::app
