#pragma once

#include <QByteArray>
#include <QMap>
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

    explicit HttpTestPeer(QObject* parent = nullptr);

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString url(const QString& path) const;
    void setStatus(int status) { m_status = status; }
    void setSilent(bool silent) { m_silent = silent; }
    [[nodiscard]] const std::vector<Request>& requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
    std::vector<Request> m_requests;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    int m_status = 200;
    bool m_silent = false;
};

} // namespace bt::test
