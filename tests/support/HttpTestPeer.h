#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpServer>

#include <vector>

namespace bt::test {

// A small HTTP/1.1 server on loopback for tests: records each request and answers with a
// chosen status, or not at all (to test timeouts).
class HttpTestPeer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    // What to answer for one path (a web page, a file, a redirect).
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit HttpTestPeer(QObject* parent = nullptr);

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString url(const QString& path) const;
    void setStatus(int status) { m_status = status; }
    void setSilent(bool silent) { m_silent = silent; }
    // Requests for `path` (without query) get this answer; others the chosen status, empty.
    void setRoute(const QByteArray& path, const Response& response) { m_routes.insert(path, response); }
    [[nodiscard]] bool received(const QByteArray& path) const;
    [[nodiscard]] const Request* lastRequest(const QByteArray& path) const;
    [[nodiscard]] const std::vector<Request>& requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
    std::vector<Request> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    QMap<QByteArray, Response> m_routes;
    int m_status = 200;
    bool m_silent = false;
};

} // namespace bt::test
