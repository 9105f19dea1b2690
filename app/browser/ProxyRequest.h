#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

#include <optional>

namespace bt::app {

// The head of one request the web engine sends to the terminal's proxy: either a tunnel
// ("CONNECT host:port", for https, wss and WebRTC's TURN over TCP) or a plain http request in
// absolute form ("GET http://host/path HTTP/1.1"), which the proxy passes on in origin form.
struct ProxyRequest
{
    enum class Kind
    {
        Tunnel,
        Http,
    };
    Kind kind = Kind::Tunnel;
    QString host; // as written (an IPv6 address without brackets)
    quint16 port = 0;
    QUrl url; // Http only: the whole address
    // Http only: the head to send to the server: origin-form request line, no proxy headers,
    // "Connection: close" (one request per connection, so each is checked).
    QByteArray forwardHead;

    // The most a head may take; Chromium's are far smaller.
    static constexpr qsizetype maximumHeadSize = 16 * 1024;

    // Parses a complete head (up to and including the empty line). Nothing for anything that is
    // not one of the two forms above; the reason in *problem.
    [[nodiscard]] static std::optional<ProxyRequest> parse(QByteArrayView head, QByteArray* problem);
};

} // namespace bt::app
