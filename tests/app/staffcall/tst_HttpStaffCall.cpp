#include "HttpStaffCall.h"
#include "HttpTestPeer.h"
#include "ManualClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using bt::app::HttpStaffCall;
using bt::app::StaffCall;
using bt::test::HttpTestPeer;

Q_DECLARE_METATYPE(bt::app::StaffCall::Outcome)

class tst_HttpStaffCall : public QObject
{
    Q_OBJECT

private:
    static StaffCall::Outcome outcomeOf(const QSignalSpy& spy)
    {
        return spy.first().first().value<StaffCall::Outcome>();
    }

    bt::test::ManualClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StaffCall::Outcome>();
        m_clock.setCurrentDateTimeUtc(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    }

    void deliversANoticeWithoutPersonalData()
    {
        HttpTestPeer peer;
        QVERIFY(peer.listen());
        HttpStaffCall staffCall(QUrl(peer.url(QStringLiteral("/calls"))), QStringLiteral("rathaus-3"), 5s, m_clock);
        QSignalSpy finished(&staffCall, &StaffCall::finished);
        staffCall.call();
        QVERIFY(staffCall.isCalling());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(outcomeOf(finished), StaffCall::Outcome::Delivered);
        QVERIFY(!staffCall.isCalling());

        QCOMPARE(peer.requests().size(), std::size_t(1));
        const HttpTestPeer::Request& request = peer.requests().front();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/calls"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject notice = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(notice.value(QStringLiteral("event")).toString(), QStringLiteral("staff-call"));
        QCOMPARE(notice.value(QStringLiteral("terminal")).toString(), QStringLiteral("rathaus-3"));
        // The terminal's clock, in UTC.
        QCOMPARE(notice.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-25T09:00:00Z"));
        QCOMPARE(notice.keys().size(), 3); // nothing else: no citizen data
    }

    void serverErrorIsAFailure()
    {
        HttpTestPeer peer;
        QVERIFY(peer.listen());
        peer.setStatus(503);
        HttpStaffCall staffCall(QUrl(peer.url(QStringLiteral("/calls"))), QStringLiteral("t"), 5s, m_clock);
        QSignalSpy finished(&staffCall, &StaffCall::finished);
        staffCall.call();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(outcomeOf(finished), StaffCall::Outcome::Failed);
    }

    void nobodyListeningIsAFailure()
    {
        quint16 port = 0;
        {
            HttpTestPeer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        } // closed again: the port refuses connections now
        HttpStaffCall staffCall(QUrl(QStringLiteral("http://127.0.0.1:%1/calls").arg(port)), QStringLiteral("t"), 5s, m_clock);
        QSignalSpy finished(&staffCall, &StaffCall::finished);
        staffCall.call();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(outcomeOf(finished), StaffCall::Outcome::Failed);
    }

    void noAnswerTimesOut()
    {
        HttpTestPeer peer;
        QVERIFY(peer.listen());
        peer.setSilent(true);
        HttpStaffCall staffCall(QUrl(peer.url(QStringLiteral("/calls"))), QStringLiteral("t"), 300ms, m_clock);
        QSignalSpy finished(&staffCall, &StaffCall::finished);
        staffCall.call();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(outcomeOf(finished), StaffCall::Outcome::Failed);
    }

    void aSecondCallWhileOneIsUnderWayIsIgnored()
    {
        HttpTestPeer peer;
        QVERIFY(peer.listen());
        // The peer never answers, so both would be in flight together until the timeout: a
        // second request would have reached the peer by the time the first one gives up.
        peer.setSilent(true);
        HttpStaffCall staffCall(QUrl(peer.url(QStringLiteral("/calls"))), QStringLiteral("t"), 500ms, m_clock);
        QSignalSpy finished(&staffCall, &StaffCall::finished);
        staffCall.call();
        staffCall.call();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(peer.requests().size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(tst_HttpStaffCall)
#include "tst_HttpStaffCall.moc"
