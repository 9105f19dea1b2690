#include "AllowlistProxy.h"

#include "Logging.h"
#include "ProxyTunnel.h"

#include <QCoreApplication>
#include <QPointer>

namespace bt::app {

AllowlistProxy::AllowlistProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &AllowlistProxy::accept);
}

bool AllowlistProxy::listen()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

void AllowlistProxy::setAllowlist(OriginAllowlist allowlist)
{
    m_allowlist = std::move(allowlist);
}

bool AllowlistProxy::allowsTunnelTo(const QString& host, quint16 port) const
{
    // A tunnel carries https or wss (or WebRTC's TURN, which is neither): what matters is that
    // the host and port are an allowed origin's.
    QUrl url;
    url.setHost(host);
    url.setPort(port);
    for (const char* scheme : {"https", "http"}) {
        url.setScheme(QString::fromLatin1(scheme));
        if (m_allowlist.allows(url)) {
            return true;
        }
    }
    return false;
}

bool AllowlistProxy::allowsRequestTo(const QUrl& url) const
{
    return m_allowlist.allows(url);
}

void AllowlistProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        new ProxyTunnel(client, *this);
    }
}

AllowlistProxy* AllowlistProxy::forThisProcess()
{
    static QPointer<AllowlistProxy> proxy;
    if (!proxy) {
        auto* made = new AllowlistProxy(QCoreApplication::instance());
        if (!made->listen()) {
            qCCritical(lcAppBrowser) << "the browser's proxy cannot listen on loopback";
            delete made;
            return nullptr;
        }
        proxy = made;
    }
    return proxy;
}

} // namespace bt::app
