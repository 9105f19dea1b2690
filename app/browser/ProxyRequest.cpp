#include "ProxyRequest.h"

#include <QList>

namespace bt::app {

namespace {

std::optional<ProxyRequest> refuse(QByteArray* problem, const char* reason)
{
    if (problem) {
        *problem = reason;
    }
    return std::nullopt;
}

// "host:port" or "[v6]:port"; the host without brackets.
bool splitAuthority(QByteArrayView authority, QString* host, quint16* port)
{
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon <= 0) {
        return false;
    }
    QByteArrayView name = authority.first(colon);
    if (name.startsWith('[')) {
        if (!name.endsWith(']') || name.size() < 3) {
            return false;
        }
        name = name.sliced(1, name.size() - 2);
    } else if (name.contains(':')) {
        return false;
    }
    bool ok = false;
    const uint number = authority.sliced(colon + 1).toUInt(&ok);
    if (!ok || number == 0 || number > 65535) {
        return false;
    }
    *host = QString::fromLatin1(name.toByteArray()).toLower();
    *port = static_cast<quint16>(number);
    return !host->isEmpty();
}

bool isProxyHeader(QByteArrayView line)
{
    const QByteArray lower = line.toByteArray().toLower();
    return lower.startsWith("proxy-") || lower.startsWith("connection:") || lower.startsWith("keep-alive:");
}

} // namespace

std::optional<ProxyRequest> ProxyRequest::parse(QByteArrayView head, QByteArray* problem)
{
    if (head.size() > maximumHeadSize) {
        return refuse(problem, "request head too large");
    }
    if (!head.endsWith("\r\n\r\n")) {
        return refuse(problem, "request head not complete");
    }
    const QList<QByteArray> lines = head.first(head.size() - 4).toByteArray().split('\n');
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        return refuse(problem, "not an HTTP/1.x request line");
    }
    ProxyRequest request;
    if (parts[0] == "CONNECT") {
        request.kind = Kind::Tunnel;
        if (!splitAuthority(parts[1], &request.host, &request.port)) {
            return refuse(problem, "CONNECT without host:port");
        }
        return request;
    }
    request.kind = Kind::Http;
    request.url = QUrl(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!request.url.isValid() || request.url.scheme() != u"http" || request.url.host().isEmpty() ||
        !request.url.userInfo().isEmpty()) {
        return refuse(problem, "not an absolute http address");
    }
    request.host = request.url.host().toLower();
    request.port = static_cast<quint16>(request.url.port(80));
    if (request.port == 0) {
        return refuse(problem, "port 0");
    }
    QByteArray path = request.url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty()) {
        path = "/";
    }
    if (request.url.hasQuery()) {
        path += '?' + request.url.query(QUrl::FullyEncoded).toLatin1();
    }
    request.forwardHead = parts[0] + ' ' + path + ' ' + parts[2] + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (!line.contains(':')) {
            return refuse(problem, "a header line without a colon");
        }
        if (!isProxyHeader(line)) {
            request.forwardHead += line + "\r\n";
        }
    }
    request.forwardHead += "Connection: close\r\n\r\n";
    return request;
}

} // namespace bt::app
