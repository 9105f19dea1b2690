#include "OriginAllowlist.h"

#include <QTest>

using bt::app::Failure;
using bt::app::OriginAllowlist;

class tst_OriginAllowlist : public QObject
{
    Q_OBJECT

    static OriginAllowlist parsed(const QString& entries)
    {
        Failure failure;
        std::optional<OriginAllowlist> allowlist = OriginAllowlist::parse(entries, &failure);
        if (!allowlist) {
            qFatal("%s", qPrintable(failure.staffDetail()));
        }
        return *allowlist;
    }

private Q_SLOTS:
    void allows_data()
    {
        QTest::addColumn<QString>("entries");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        const QString bund = QStringLiteral("https://www.service.bund.de");
        QTest::newRow("same origin") << bund << "https://www.service.bund.de/Content/DE/x.html?a=1#f" << true;
        QTest::newRow("host in capitals") << bund << "https://WWW.Service.Bund.DE/" << true;
        QTest::newRow("trailing root dot") << bund << "https://www.service.bund.de./" << true;
        QTest::newRow("explicit default port") << bund << "https://www.service.bund.de:443/" << true;
        QTest::newRow("other port") << bund << "https://www.service.bund.de:8443/" << false;
        QTest::newRow("http where https was listed") << bund << "http://www.service.bund.de/" << false;
        QTest::newRow("sibling host") << bund << "https://service.bund.de/" << false;
        QTest::newRow("host that only ends the same") << bund << "https://evilwww.service.bund.de/" << false;
        QTest::newRow("allowed name as a subdomain of another")
            << bund << "https://www.service.bund.de.evil.com/" << false;
        QTest::newRow("user info hides the real host") << bund << "https://www.service.bund.de@evil.com/" << false;
        QTest::newRow("secure websocket") << bund << "wss://www.service.bund.de/socket" << true;
        QTest::newRow("plain websocket") << bund << "ws://www.service.bund.de/socket" << false;
        QTest::newRow("file") << bund << "file:///etc/passwd" << false;
        QTest::newRow("data") << bund << "data:text/html,hi" << false;
        QTest::newRow("javascript") << bund << "javascript:alert(1)" << false;
        QTest::newRow("view-source") << bund << "view-source:https://www.service.bund.de/" << false;
        QTest::newRow("chrome page") << bund << "chrome://settings" << false;
        const QString nrw = QStringLiteral("https://*.nrw.de");
        QTest::newRow("subdomain") << nrw << "https://www.service.nrw.de/" << true;
        QTest::newRow("deeper subdomain") << nrw << "https://a.b.nrw.de/" << true;
        QTest::newRow("wildcard does not admit the domain itself") << nrw << "https://nrw.de/" << false;
        QTest::newRow("wildcard does not admit look-alikes") << nrw << "https://evilnrw.de/" << false;
        const QString loopback = QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("loopback with port") << loopback << "http://127.0.0.1:8080/start" << true;
        QTest::newRow("loopback other port") << loopback << "http://127.0.0.1:8081/start" << false;
        QTest::newRow("loopback by name") << loopback << "http://localhost:8080/start" << false;
        // Internationalised names compare in their ASCII (punycode) form, whichever way written.
        const QString muenchen = QStringLiteral("https://www.münchen.de");
        QTest::newRow("IDN entry, punycode URL") << muenchen << "https://www.xn--mnchen-3ya.de/" << true;
        QTest::newRow("IDN entry, Unicode URL") << muenchen << "https://www.münchen.de/x" << true;
        QTest::newRow("IDN entry, capitals") << muenchen << "https://WWW.MÜNCHEN.DE/" << true;
        QTest::newRow("punycode entry, Unicode URL") << "https://www.xn--mnchen-3ya.de"
                                                     << "https://www.münchen.de/" << true;
        QTest::newRow("IDN without the umlaut") << muenchen << "https://www.munchen.de/" << false;
        QTest::newRow("IDN look-alike in Cyrillic") << muenchen << QString::fromUtf8("https://www.m\u00fcnch\u0435n.de/")
                                                    << false;
        QTest::newRow("IDN as a subdomain of another") << muenchen << "https://www.xn--mnchen-3ya.de.evil.com/" << false;
        const QString muenchenWild = QStringLiteral("https://*.münchen.de");
        QTest::newRow("IDN wildcard, punycode subdomain") << muenchenWild << "https://rathaus.xn--mnchen-3ya.de/"
                                                          << true;
        QTest::newRow("IDN wildcard, Unicode subdomain") << muenchenWild << "https://bürgerbüro.münchen.de/" << true;
        QTest::newRow("IDN wildcard, not the domain itself") << muenchenWild << "https://münchen.de/" << false;
        // IPv6 literals compare as addresses, port included.
        const QString ipv6 = QStringLiteral("https://[::1]:8443");
        QTest::newRow("IPv6") << ipv6 << "https://[::1]:8443/start" << true;
        QTest::newRow("IPv6 written in full") << ipv6 << "https://[0:0:0:0:0:0:0:1]:8443/" << true;
        QTest::newRow("IPv6 other address") << ipv6 << "https://[::2]:8443/" << false;
        QTest::newRow("IPv6 default port") << ipv6 << "https://[::1]/" << false;
        QTest::newRow("IPv6 mapped IPv4 is another host") << "https://127.0.0.1:8443"
                                                          << "https://[::ffff:127.0.0.1]:8443/" << false;
        QTest::newRow("IPv6 in capitals") << "https://[fe80::abcd]"
                                          << "https://[FE80::ABCD]/" << true;
        QTest::newRow("empty list") << QString() << "https://www.service.bund.de/" << false;
        QTest::newRow("several entries") << "https://a.de, https://b.de"
                                         << "https://b.de/x" << true;
    }

    void allows()
    {
        QFETCH(QString, entries);
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(parsed(entries).allows(QUrl(url)), allowed);
    }

    void rejectsBadEntries_data()
    {
        QTest::addColumn<QString>("entries");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bare host") << "www.service.bund.de"
                                   << "is not an origin";
        QTest::newRow("path") << "https://www.service.bund.de/leistungen"
                              << "has a path";
        QTest::newRow("query") << "https://www.service.bund.de?x=1"
                               << "only scheme, host and port";
        QTest::newRow("user info") << "https://user@www.service.bund.de"
                                   << "only scheme, host and port";
        QTest::newRow("ftp") << "ftp://files.example.de"
                             << "must start with https://";
        QTest::newRow("no host") << "https://"
                                 << "is not an origin";
        QTest::newRow("bad port") << "https://a.de:99999"
                                  << "is not an origin";
        QTest::newRow("second entry bad") << "https://a.de, nonsense"
                                          << "\"nonsense\"";
        // Wildcards: only "*." in front of a domain name of two labels or more.
        QTest::newRow("wildcard alone") << "https://*"
                                        << "wildcard only as";
        QTest::newRow("wildcard and dot alone") << "https://*."
                                                << "is not an origin";
        QTest::newRow("wildcard over a top-level domain") << "https://*.de"
                                                          << "whole top-level domain";
        QTest::newRow("wildcard inside the name") << "https://a.*.nrw.de"
                                                  << "wildcard only as";
        QTest::newRow("two wildcards") << "https://*.*.nrw.de"
                                       << "wildcard only as";
        QTest::newRow("wildcard glued to the name") << "https://*nrw.de"
                                                    << "wildcard only as";
        QTest::newRow("wildcard in the port") << "https://a.nrw.de:*"
                                              << "wildcard only as";
        QTest::newRow("wildcard on an IPv4 address") << "https://*.127.0.0.1"
                                                     << "in front of an address";
        QTest::newRow("wildcard on an IPv6 address") << "https://*.[::1]"
                                                     << "in front of an address";
        QTest::newRow("IPv6 without its bracket") << "https://[::1"
                                                  << "is not an origin";
    }

    void rejectsBadEntries()
    {
        QFETCH(QString, entries);
        QFETCH(QString, problem);
        Failure failure;
        QVERIFY(!OriginAllowlist::parse(entries, &failure));
        QVERIFY2(failure.staffDetail().contains(problem), qPrintable(failure.staffDetail()));
        QCOMPARE(failure.code(), Failure::Code::Browser_AllowlistEntryInvalid);
    }

    void entriesReadBack()
    {
        QCOMPARE(parsed(QStringLiteral("https://WWW.A.de:443, http://*.b.de:8080")).entries(),
                 QStringList({QStringLiteral("https://www.a.de"), QStringLiteral("http://*.b.de:8080")}));
        // Read back as they can be written again: IPv6 in brackets, names in their ASCII form.
        const QStringList again = parsed(QStringLiteral("https://[::1]:8443, https://*.münchen.de")).entries();
        QCOMPARE(again,
                 QStringList({QStringLiteral("https://[::1]:8443"), QStringLiteral("https://*.xn--mnchen-3ya.de")}));
        QCOMPARE(parsed(again.join(u',')).entries(), again);
    }
};

QTEST_GUILESS_MAIN(tst_OriginAllowlist)
#include "tst_OriginAllowlist.moc"
