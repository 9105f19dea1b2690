// The browser's loopback proxy, spoken to as Chromium speaks to it: tunnels and plain requests to
// an allowed origin go through; anything else gets 403 and never reaches its host; what is not a
// request gets 400 or 431.
#include "AllowlistProxy.h"
#include "ProxyRequest.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using bt::app::AllowlistProxy;

namespace {

constexpr int timeout = 5000;

// A server on loopback that answers every connection with what it read, once a head is complete.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray& seen = m_seen[socket];
                    seen += socket->readAll();
                    if (seen.contains("\r\n\r\n") || seen.contains("ping")) {
                        received.append(seen);
                        socket->write("echo:" + seen);
                        seen.clear();
                    }
                });
            }
        });
    }
    QList<QByteArray> received;

private:
    QHash<QTcpSocket*, QByteArray> m_seen;
};

// Sends `bytes` to the proxy and reads until `until` is in the answer (or the proxy closes).
QByteArray exchange(QTcpSocket& socket, const QByteArray& bytes, const QByteArray& until)
{
    QByteArray answer;
    socket.write(bytes);
    (void)QTest::qWaitFor( // the caller checks what came
        [&] {
            answer += socket.readAll();
            return answer.contains(until) || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeout);
    return answer + socket.readAll();
}

} // namespace

class tst_AllowlistProxy : public QObject
{
    Q_OBJECT

    EchoServer m_allowed;
    EchoServer m_other;
    AllowlistProxy m_proxy;

    [[nodiscard]] QByteArray allowedAuthority() const
    {
        return "127.0.0.1:" + QByteArray::number(m_allowed.serverPort());
    }
    [[nodiscard]] QByteArray otherAuthority() const { return "127.0.0.1:" + QByteArray::number(m_other.serverPort()); }

    void connectToProxy(QTcpSocket& socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_proxy.port());
        QVERIFY(socket.waitForConnected(timeout));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_allowed.isListening() && m_other.isListening());
        QVERIFY(m_proxy.listen());
        bt::app::Failure error;
        const auto allowlist = bt::app::OriginAllowlist::parse(
            QStringLiteral("http://") + QString::fromLatin1(allowedAuthority()), &error);
        QVERIFY2(allowlist, qPrintable(error.staffDetail()));
        m_proxy.setAllowlist(*allowlist);
    }

    void init()
    {
        m_allowed.received.clear();
        m_other.received.clear();
    }

    void aTunnelToAnAllowedOriginCarriesBytesBothWays()
    {
        QTcpSocket socket;
        connectToProxy(socket);
        const QByteArray answer =
            exchange(socket, "CONNECT " + allowedAuthority() + " HTTP/1.1\r\nHost: x\r\n\r\n", "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QCOMPARE(exchange(socket, "ping", "echo:ping"), QByteArray("echo:ping"));
        QCOMPARE(m_allowed.received, QList<QByteArray>{"ping"});
    }

    void aTunnelAnywhereElseIsRefusedAndNeverOpened()
    {
        QSignalSpy refused(&m_proxy, &AllowlistProxy::refused);
        QTcpSocket socket;
        connectToProxy(socket);
        const QByteArray answer = exchange(socket, "CONNECT " + otherAuthority() + " HTTP/1.1\r\n\r\n", "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        // The refusal is decided before any connection is made: the other server cannot have one.
        QVERIFY(!m_other.hasPendingConnections());
        QVERIFY(m_other.received.isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).toUInt(), m_other.serverPort());
    }

    void aPlainRequestGoesOnInOriginFormOnePerConnection()
    {
        QTcpSocket socket;
        connectToProxy(socket);
        const QByteArray answer =
            exchange(socket,
                     "GET http://" + allowedAuthority() + "/antrag?schritt=2 HTTP/1.1\r\nHost: " + allowedAuthority() +
                         "\r\nProxy-Connection: keep-alive\r\nAccept: */*\r\n\r\n",
                     "Connection: close\r\n\r\n");
        QCOMPARE(m_allowed.received.size(), 1);
        const QByteArray forwarded = m_allowed.received.first();
        QVERIFY2(forwarded.startsWith("GET /antrag?schritt=2 HTTP/1.1\r\n"), forwarded.constData());
        QVERIFY(forwarded.contains("Accept: */*\r\n"));
        QVERIFY(!forwarded.toLower().contains("proxy-connection"));
        QVERIFY(forwarded.endsWith("Connection: close\r\n\r\n"));
        QVERIFY(answer.startsWith("echo:GET /antrag"));
    }

    void aPlainRequestAnywhereElseIsRefused()
    {
        QTcpSocket socket;
        connectToProxy(socket);
        const QByteArray answer = exchange(
            socket, "POST http://" + otherAuthority() + "/ HTTP/1.1\r\nContent-Length: 4\r\n\r\nName", "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403"), answer.constData());
        QVERIFY(!m_other.hasPendingConnections());
        // https written where http is allowed, and the allowed host on another port, are other origins.
        QVERIFY(!m_proxy.allowsRequestTo(QUrl(QStringLiteral("https://") + QString::fromLatin1(allowedAuthority()))));
        QVERIFY(!m_proxy.allowsTunnelTo(QStringLiteral("127.0.0.1"), m_other.serverPort()));
        QVERIFY(m_proxy.allowsTunnelTo(QStringLiteral("127.0.0.1"), m_allowed.serverPort()));
    }

    void whatIsNotARequestGetsAClearAnswer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("no request line") << QByteArray("hello\r\n\r\n") << QByteArray("400");
        QTest::newRow("origin form") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("400");
        QTest::newRow("CONNECT without port")
            << QByteArray("CONNECT example.org HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("ftp") << QByteArray("GET ftp://example.org/ HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("user in address") << ("GET http://u:p@" + QByteArray("127.0.0.1:1") + "/ HTTP/1.1\r\n\r\n")
                                         << QByteArray("400");
        QTest::newRow("head too large") << QByteArray(bt::app::ProxyRequest::maximumHeadSize + 10, 'a')
                                        << QByteArray("431");
    }

    void whatIsNotARequestGetsAClearAnswer()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, status);
        QTcpSocket socket;
        connectToProxy(socket);
        const QByteArray answer = exchange(socket, bytes, "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, timeout);
    }
};

QTEST_GUILESS_MAIN(tst_AllowlistProxy)
#include "tst_AllowlistProxy.moc"
