#include "ProxyTunnel.h"

#include "AllowlistProxy.h"
#include "Logging.h"
#include "ProxyRequest.h"

namespace bt::app {

ProxyTunnel::ProxyTunnel(QTcpSocket* client, const AllowlistProxy& proxy)
    : QObject(client->parent())
    , m_client(client)
    , m_server(new QTcpSocket(this))
    , m_proxy(proxy)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &ProxyTunnel::readHead);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxyTunnel::finish);
    connect(m_client, &QTcpSocket::errorOccurred, this, &ProxyTunnel::finish);
    readHead();
}

void ProxyTunnel::readHead()
{
    if (m_relaying) {
        relay(*m_client, *m_server);
        return;
    }
    m_head += m_client->readAll();
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > ProxyRequest::maximumHeadSize) {
            answerAndClose("431 Request Header Fields Too Large");
        }
        return;
    }
    QByteArray problem;
    const std::optional<ProxyRequest> request = ProxyRequest::parse(QByteArrayView(m_head).first(end + 4), &problem);
    if (!request) {
        qCWarning(lcAppBrowser).noquote() << "proxy: bad request:" << QString::fromLatin1(problem);
        answerAndClose("400 Bad Request");
        return;
    }
    const bool allowed = request->kind == ProxyRequest::Kind::Tunnel
                             ? m_proxy.allowsTunnelTo(request->host, request->port)
                             : m_proxy.allowsRequestTo(request->url);
    if (!allowed) {
        qCInfo(lcAppBrowser).noquote() << "proxy: refused" << request->host << request->port;
        Q_EMIT const_cast<AllowlistProxy&>(m_proxy).refused(request->host, request->port);
        answerAndClose("403 Forbidden");
        return;
    }
    // What came after the head belongs to the server (a request body, or the tunnel's first bytes).
    m_pending = request->kind == ProxyRequest::Kind::Http ? request->forwardHead : QByteArray();
    m_pending += m_head.mid(end + 4);
    m_head.clear();
    m_relaying = true;
    const bool tunnel = request->kind == ProxyRequest::Kind::Tunnel;
    connect(m_server, &QTcpSocket::connected, this, [this, tunnel] {
        if (tunnel) {
            m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        }
        m_server->write(std::exchange(m_pending, QByteArray()));
        relay(*m_client, *m_server);
    });
    connect(m_server, &QTcpSocket::readyRead, this, [this] { relay(*m_server, *m_client); });
    connect(m_server, &QTcpSocket::disconnected, this, &ProxyTunnel::finish);
    connect(m_server, &QTcpSocket::errorOccurred, this, [this] {
        if (m_server->state() != QAbstractSocket::ConnectedState && !m_finished) {
            answerAndClose("502 Bad Gateway");
        } else {
            finish();
        }
    });
    m_server->connectToHost(request->host, request->port);
}

void ProxyTunnel::relay(QTcpSocket& from, QTcpSocket& to)
{
    if (to.state() == QAbstractSocket::ConnectedState) {
        to.write(from.readAll());
    } else if (&from == m_client) {
        m_pending += from.readAll();
    }
}

void ProxyTunnel::answerAndClose(const char* status)
{
    m_client->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    finish();
}

void ProxyTunnel::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    // Whatever one side still sent goes to the other before both close.
    if (m_server->state() == QAbstractSocket::ConnectedState) {
        relay(*m_server, *m_client);
        relay(*m_client, *m_server);
    }
    m_server->disconnectFromHost();
    // Gone once the client has what was written to it (the proxy's answer above all).
    if (m_client->state() == QAbstractSocket::UnconnectedState) {
        deleteLater();
        return;
    }
    connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_client->disconnectFromHost();
}

} // namespace bt::app
