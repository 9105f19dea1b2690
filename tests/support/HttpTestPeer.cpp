#include "HttpTestPeer.h"

#include <QTcpSocket>

namespace bt::test {

HttpTestPeer::HttpTestPeer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpTestPeer::onConnection);
}

bool HttpTestPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpTestPeer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void HttpTestPeer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }
}

void HttpTestPeer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return; // body not complete yet
    }
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.push_back(request);
    Q_EMIT requestReceived();
    if (m_silent) {
        return;
    }
    const QByteArray path =
        request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    const auto route = m_routes.constFind(path);
    if (route == m_routes.constEnd()) {
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      " Test\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    } else {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route->status) +
                          " Test\r\nContent-Type: " + route->contentType +
                          "\r\nContent-Length: " + QByteArray::number(route->body.size()) + "\r\nConnection: close\r\n";
        for (const auto& [name, value] : route->headers) {
            head += name + ": " + value + "\r\n";
        }
        socket->write(head + "\r\n" + route->body);
    }
    socket->disconnectFromHost();
}

bool HttpTestPeer::received(const QByteArray& path) const
{
    return lastRequest(path) != nullptr;
}

const HttpTestPeer::Request* HttpTestPeer::lastRequest(const QByteArray& path) const
{
    for (auto request = m_requests.rbegin(); request != m_requests.rend(); ++request) {
        if (request->path == path || request->path.startsWith(path + '?')) {
            return &*request;
        }
    }
    return nullptr;
}

} // namespace bt::test
