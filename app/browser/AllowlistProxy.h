#pragma once

#include "OriginAllowlist.h"

#include <QObject>
#include <QTcpServer>

#include <memory>

namespace bt::app {

// The embedded browser's only way out: an HTTP proxy on loopback that passes on what goes to an
// allowed origin and refuses everything else (403). The request interceptor already filters the
// page's requests; this also catches what never becomes a request there, above all WebRTC's
// TURN over TCP, which Chromium sends through the proxy under the terminal's WebRTC policy.
// Each connection carries one checked destination: a tunnel to one host and port, or one plain
// http request (passed on with "Connection: close"). Asynchronous sockets: nothing blocks.
class AllowlistProxy : public QObject
{
    Q_OBJECT
public:
    explicit AllowlistProxy(QObject* parent = nullptr);

    // Starts listening on 127.0.0.1 (a free port); false if it cannot.
    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void setAllowlist(OriginAllowlist allowlist);
    [[nodiscard]] bool allowsTunnelTo(const QString& host, quint16 port) const;
    [[nodiscard]] bool allowsRequestTo(const QUrl& url) const;

    // The proxy of this process, listening from its first use until the application ends: the
    // web engine reads its proxy once, when it starts. Null if it cannot listen.
    [[nodiscard]] static AllowlistProxy* forThisProcess();

Q_SIGNALS:
    // A destination it refused (host and port only; nothing of the page).
    void refused(const QString& host, quint16 port);

private:
    void accept();

    QTcpServer m_server;
    OriginAllowlist m_allowlist;
};

} // namespace bt::app
