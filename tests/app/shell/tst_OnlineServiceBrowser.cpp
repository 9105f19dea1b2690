// The embedded browser against real pages served on loopback: an allowed origin
// (http://127.0.0.1:<port>) whose pages link to a forbidden one (http://localhost:<port>, the
// same server under another host name, so every request that slips through is seen).
#include "AllowlistProxy.h"
#include "BrowserScreen.h"
#include "HttpTestPeer.h"
#include "KioskBrowser.h"
#include "KioskWebPage.h"
#include "QrCode.h"
#include "ServiceScreen.h"
#include "TerminalFixture.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>
#include <QWebEngineDownloadRequest>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <optional>

using bt::app::BrowserScreen;
using bt::app::JourneyStep;
using bt::test::HttpTestPeer;
using bt::test::TerminalFixture;

namespace {

constexpr int pageTimeout = 20000;

// A service whose channel is online; its real URL is never loaded here.
const QString onlineService = QStringLiteral("99041006017000"); // Elterngeld, www.elterngeld-digital.de

QByteArray page(const QByteArray& title, const QByteArray& body)
{
    return "<!doctype html><html><head><title>" + title +
           "</title><style>a,button,input{display:block;margin:12px;font-size:20px}</style></head><body>" + body +
           "</body></html>";
}

} // namespace

class tst_OnlineServiceBrowser : public QObject
{
    Q_OBJECT

    HttpTestPeer m_site;
    QByteArray m_foreign; // the same server under a host name that is not allowed

    std::unique_ptr<TerminalFixture> startTerminal()
    {
        const QString allowed =
            QStringLiteral("http://127.0.0.1:%1, https://www.elterngeld-digital.de").arg(m_site.port());
        auto terminal = std::make_unique<TerminalFixture>(
            bt::app::KioskWindow::Mode::Kiosk, nullptr, [allowed](bt::app::TerminalConfig& config) {
                bt::app::Failure error;
                config.browserAllowlist = *bt::app::OriginAllowlist::parse(allowed, &error);
            });
        terminal->startJourney();
        terminal->workflows.journey.chooseService(onlineService);
        TerminalFixture::settle();
        return terminal;
    }

    // Opens a page of the site in the terminal's browser and waits until it has loaded.
    BrowserScreen* openPage(TerminalFixture& terminal, const QString& url)
    {
        const QByteArray path = QUrl(url).path().toUtf8();
        const auto asked = [&] {
            return std::count_if(m_site.requests().begin(),
                                 m_site.requests().end(),
                                 [&](const HttpTestPeer::Request& request) { return request.path == path; });
        };
        const auto askedBefore = asked();
        terminal.workflows.browser.open(QUrl(url));
        BrowserScreen* screen = terminal.browserScreen();
        if (!screen) {
            return nullptr;
        }
        const bool loaded = QTest::qWaitFor(
            [&] {
                return asked() > askedBefore && screen->browser()->page()->url() == QUrl(url) &&
                       !screen->browser()->page()->isLoading() && !loading(screen);
            },
            pageTimeout);
        return loaded ? screen : nullptr;
    }

    static bool loading(BrowserScreen* screen)
    {
        bool done = false;
        bool isLoading = true;
        screen->browser()->page()->runJavaScript(QStringLiteral("document.readyState"), [&](const QVariant& state) {
            isLoading = state.toString() != u"complete";
            done = true;
        });
        return !QTest::qWaitFor([&] { return done; }, pageTimeout) || isLoading;
    }

    // Clicks an element like a finger would: a real mouse event on the web view at its place.
    static bool click(BrowserScreen* screen, const QString& elementId, Qt::MouseButton button = Qt::LeftButton)
    {
        QWebEngineView* view = screen->browser()->view();
        QPointF centre(-1, -1);
        bool done = false;
        view->page()->runJavaScript(
            QStringLiteral("(function(){var r=document.getElementById('%1').getBoundingClientRect();"
                           "return [r.left + r.width / 2, r.top + r.height / 2];})()")
                .arg(elementId),
            [&](const QVariant& result) {
                const QVariantList xy = result.toList();
                if (xy.size() == 2) {
                    centre = QPointF(xy[0].toDouble(), xy[1].toDouble());
                }
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, pageTimeout) || centre.x() < 0) {
            return false;
        }
        const QPoint at = (centre * view->zoomFactor()).toPoint();
        QWidget* target = view->focusProxy();
        QTest::mouseMove(target, at);
        QTest::mouseClick(target, button, Qt::NoModifier, at);
        return true;
    }

    // The value of a script in the page, once it has run.
    static QVariant javaScript(BrowserScreen* screen, const QString& script)
    {
        QVariant value;
        bool done = false;
        screen->browser()->page()->runJavaScript(script, [&](const QVariant& result) {
            value = result;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, pageTimeout) ? value : QVariant();
    }

    // Top-level windows other than the kiosk itself (a pop-up, a dialog, a menu, a file picker).
    static int strayWindows(const TerminalFixture& terminal)
    {
        int count = 0;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && widget != terminal.window.get()) {
                ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.listen());
        m_foreign = "http://localhost:" + QByteArray::number(m_site.port());
        m_site.setRoute("/start",
                        {200,
                         "text/html; charset=utf-8",
                         page("Start",
                              "<a id='allowed' href='/next'>Weiter</a>"
                              "<a id='foreign' href='" +
                                  m_foreign +
                                  "/secret'>Anderswo</a>"
                                  "<a id='newtab' target='_blank' href='/newtab'>Neuer Tab</a>"
                                  "<a id='foreigntab' target='_blank' href='" +
                                  m_foreign +
                                  "/secret-tab'>Tab</a>"
                                  "<button id='popup' onclick=\"window.open('/popup')\">Fenster</button>"
                                  "<a id='download' href='/file.pdf'>PDF</a>"
                                  "<input id='file' type='file'>"
                                  "<img src='" +
                                  m_foreign + "/tracker.png' width=1 height=1>"),
                         {{"Set-Cookie", "session=citizen-a; Path=/"}}});
        for (const QByteArray& path : {QByteArray("/next"), QByteArray("/newtab"), QByteArray("/popup")}) {
            m_site.setRoute(path, {200, "text/html; charset=utf-8", page(path.mid(1), "<p>ok</p>"), {}});
        }
        m_site.setRoute("/file.pdf",
                        {200,
                         "application/pdf",
                         "%PDF-1.4 not really",
                         {{"Content-Disposition", "attachment; filename=\"bescheid.pdf\""}}});
        m_site.setRoute("/redirect", {302, "text/html", {}, {{"Location", m_foreign + "/secret-redirect"}}});
        m_site.setRoute(
            "/alert",
            {200, "text/html; charset=utf-8", page("Alert", "<script>alert('Sitzung endet bald')</script>"), {}});
    }

    // Runs first: the web engine reads its environment once, when the first browser starts.
    void noDebuggingPortEvenWhenAsked()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        qputenv("QTWEBENGINE_REMOTE_DEBUGGING", QByteArray::number(port));

        auto terminal = startTerminal();
        QVERIFY(openPage(*terminal, m_site.url(QStringLiteral("/next"))));
        QVERIFY(!qEnvironmentVariableIsSet("QTWEBENGINE_REMOTE_DEBUGGING"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        // Refused, not merely unanswered: nothing listens on the port.
        QVERIFY(!socket.waitForConnected(10000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void createdOnlyWhenNeeded()
    {
        auto terminal = startTerminal();
        QVERIFY(!terminal->browserScreen());
        QVERIFY(terminal->window->findChildren<QWebEngineView*>().isEmpty());
        // Allowed online service: the page offers to open it here, next to the QR code.
        QVERIFY(terminal->serviceScreen()->openHereButton()->isVisible());
        // An online service on a host that is not allowed: only the QR code.
        QVERIFY(terminal->journey.back());
        terminal->workflows.journey.chooseService(QStringLiteral("99041008017000")); // www.arbeitsagentur.de
        TerminalFixture::settle();
        QVERIFY(!terminal->serviceScreen()->openHereButton()->isVisible());
        QVERIFY(terminal->serviceScreen()->onlineCode()->isVisible());
        // Nor does a direct request open anything on that host.
        terminal->workflows.browser.open(QUrl(QStringLiteral("https://www.arbeitsagentur.de/familie-und-kinder")));
        QVERIFY(!terminal->browserScreen());
        QCOMPARE(terminal->journey.step(), JourneyStep::ServicePage);
    }

    void allowedLinkOpens()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        QCOMPARE(terminal->journey.step(), JourneyStep::OnlineService);
        QVERIFY(screen->findChild<QPushButton*>(QStringLiteral("returnToTerminalButton"))->isVisible());
        QVERIFY(click(screen, QStringLiteral("allowed")));
        QTRY_COMPARE_WITH_TIMEOUT(
            screen->browser()->page()->url(), QUrl(m_site.url(QStringLiteral("/next"))), pageTimeout);
        QVERIFY(screen->notice().isEmpty());
    }

    void foreignHostRefused()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        QVERIFY(click(screen, QStringLiteral("foreign")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->notice().contains(u"localhost"), pageTimeout);
        QCOMPARE(screen->browser()->page()->url(), QUrl(m_site.url(QStringLiteral("/start"))));
        // Not even a part of the page came from the forbidden host.
        QVERIFY(!m_site.received("/secret"));
        QVERIFY(!m_site.received("/tracker.png"));
        QTest::qWait(800); // the web view paints a moment after loading
        QVERIFY(terminal->window->grab().save(QStringLiteral(BT_TEST_OUTPUT_DIR "/browser-screen.png")));
    }

    void redirectToForeignHostRefused()
    {
        auto terminal = startTerminal();
        terminal->workflows.browser.open(QUrl(m_site.url(QStringLiteral("/redirect"))));
        BrowserScreen* screen = terminal->browserScreen();
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(screen->notice().contains(u"localhost"), pageTimeout);
        QVERIFY(m_site.received("/redirect"));
        QVERIFY(!m_site.received("/secret-redirect"));
    }

    void newWindowsOpenInPlace()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        QVERIFY(click(screen, QStringLiteral("newtab")));
        QTRY_COMPARE_WITH_TIMEOUT(
            screen->browser()->page()->url(), QUrl(m_site.url(QStringLiteral("/newtab"))), pageTimeout);
        QVERIFY(openPage(*terminal, m_site.url(QStringLiteral("/start"))));
        QVERIFY(click(screen, QStringLiteral("popup")));
        QTRY_COMPARE_WITH_TIMEOUT(
            screen->browser()->page()->url(), QUrl(m_site.url(QStringLiteral("/popup"))), pageTimeout);
        QVERIFY(openPage(*terminal, m_site.url(QStringLiteral("/start"))));
        QVERIFY(click(screen, QStringLiteral("foreigntab")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->notice().contains(u"localhost"), pageTimeout);
        QVERIFY(!m_site.received("/secret-tab"));
        QCOMPARE(strayWindows(*terminal), 0);
        QCOMPARE(terminal->window->findChildren<QWebEngineView*>().size(), 1);
    }

    void downloadRefused()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        const QString downloads = screen->browser()->profile()->downloadPath();
        const QStringList before = QDir(downloads).entryList(QDir::Files);
        // What the terminal decided, seen right after its own handler (connected first) has run:
        // a download not cancelled there would go on and write the file.
        std::optional<QWebEngineDownloadRequest::DownloadState> decided;
        connect(screen->browser()->profile(),
                &QWebEngineProfile::downloadRequested,
                this,
                [&decided](QWebEngineDownloadRequest* download) { decided = download->state(); });
        QVERIFY(click(screen, QStringLiteral("download")));
        QTRY_VERIFY_WITH_TIMEOUT(m_site.received("/file.pdf"), pageTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(decided.has_value(), pageTimeout);
        QCOMPARE(*decided, QWebEngineDownloadRequest::DownloadCancelled);
        QVERIFY(screen->notice().contains(u"Dateien"));
        QCOMPARE(QDir(downloads).entryList(QDir::Files), before);
        QVERIFY(!QFileInfo::exists(QDir(downloads).filePath(QStringLiteral("bescheid.pdf"))));
    }

    void filePickerRefused()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        QVERIFY(click(screen, QStringLiteral("file")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->notice().contains(u"hochgeladen"), pageTimeout);
        QCOMPARE(strayWindows(*terminal), 0);
    }

    void noContextMenu()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        QVERIFY(click(screen, QStringLiteral("allowed"), Qt::RightButton));
        // The page asked for its menu: the view decides on that request in the same call, so a menu
        // it would show exists by now.
        QTRY_VERIFY_WITH_TIMEOUT(screen->browser()->view()->lastContextMenuRequest() != nullptr, pageTimeout);
        QCOMPARE(strayWindows(*terminal), 0);
        QVERIFY(QApplication::activePopupWidget() == nullptr);
        QCOMPARE(screen->browser()->page()->url(), QUrl(m_site.url(QStringLiteral("/start"))));
    }

    // A page that tries WebRTC with a STUN and TURN server on loopback. `fromAFreshFrame`: it takes
    // the constructor from a frame it has just made, whose globals are untouched.
    QByteArray webRtcPage(quint16 port, bool fromAFreshFrame) const
    {
        const QByteArray server = "127.0.0.1:" + QByteArray::number(port);
        const QByteArray constructor = fromAFreshFrame
                                           ? "(function () { const frame = document.createElement('iframe');"
                                             " document.body.appendChild(frame);"
                                             " return frame.contentWindow.RTCPeerConnection; })()"
                                           : "window.RTCPeerConnection";
        return page(
            "WebRTC",
            "<script>"
            "window.result = 'pending'; window.candidates = [];"
            "try {"
            "  const Rtc = " +
                constructor +
                ";"
                "  if (typeof Rtc !== 'function') { window.result = 'unavailable'; } else {"
                "    const pc = new Rtc({iceServers: [{urls: 'stun:" +
                server +
                "'},"
                "      {urls: 'turn:" +
                server +
                "?transport=tcp', username: 'u', credential: 'p'},"
                "      {urls: 'turn:" +
                server +
                "?transport=udp', username: 'u', credential: 'p'}]});"
                "    pc.createDataChannel('answers');"
                "    pc.onicecandidate = e => { if (e.candidate) { window.candidates.push(e.candidate.candidate); }"
                "                               else { window.result = 'gathered'; } };"
                "    pc.createOffer().then(o => pc.setLocalDescription(o))"
                "      .catch(e => { window.result = 'refused: ' + e; });"
                "  }"
                "} catch (e) { window.result = 'refused: ' + e; }"
                "</script>");
    }

    // WebRTC goes around the request filter (ICE, STUN, TURN and data channels are not requests):
    // a script on an allowed page must not reach any other host through it, nor learn the
    // terminal's addresses. A STUN/TURN listener on loopback sees nothing of a page that tries.
    void webRtcReachesNoHost_data()
    {
        QTest::addColumn<bool>("fromAFreshFrame");
        QTest::newRow("the page's own WebRTC") << false;
        QTest::newRow("WebRTC of a frame it made") << true;
    }

    void webRtcReachesNoHost()
    {
        QFETCH(bool, fromAFreshFrame);
        QUdpSocket stun;
        QVERIFY(stun.bind(QHostAddress::LocalHost, 0));
        QTcpServer turn;
        QVERIFY(turn.listen(QHostAddress::LocalHost, stun.localPort()));
        m_site.setRoute("/webrtc",
                        {200, "text/html; charset=utf-8", webRtcPage(stun.localPort(), fromAFreshFrame), {}});
        auto terminal = startTerminal();
        QSignalSpy refusedByProxy(bt::app::AllowlistProxy::forThisProcess(), &bt::app::AllowlistProxy::refused);
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/webrtc")));
        QVERIFY(screen);
        // The barrier: the page has finished trying (no WebRTC at all, or its candidates gathered,
        // which includes asking the STUN and TURN servers). Only then is silence evidence. A
        // packet or a connection on the listener ends the wait at once (and fails below).
        QString result;
        const auto reached = [&] { return stun.hasPendingDatagrams() || turn.waitForNewConnection(0); };
        const bool finished = QTest::qWaitFor(
            [&] {
                result = javaScript(screen, QStringLiteral("window.result")).toString();
                return result != u"pending" || reached();
            },
            30000);
        const QStringList candidates = javaScript(screen, QStringLiteral("window.candidates")).toStringList();
        QVERIFY2(!stun.hasPendingDatagrams(), "a STUN or TURN packet reached the listener");
        // No candidate gives away an address of the terminal (host candidates carry them).
        for (const QString& candidate : candidates) {
            QVERIFY2(!candidate.contains(u" typ host") && !candidate.contains(u" typ srflx"), qPrintable(candidate));
        }
        QVERIFY2(!turn.hasPendingConnections() && !turn.waitForNewConnection(0),
                 "a TURN connection reached the listener");
        QVERIFY2(finished, "the page never finished trying WebRTC");
        if (!fromAFreshFrame) {
            QCOMPARE(result, QStringLiteral("unavailable"));
            return;
        }
        // A fresh frame's constructor escapes the page's script: its WebRTC runs, and its TURN over
        // TCP meets the terminal's proxy, which refuses the host and port.
        QCOMPARE(result, QStringLiteral("gathered"));
        QVERIFY(std::any_of(refusedByProxy.cbegin(), refusedByProxy.cend(), [&](const QList<QVariant>& refusal) {
            return refusal.at(1).toUInt() == stun.localPort();
        }));
    }

    void alertShownOnTheScreen()
    {
        auto terminal = startTerminal();
        terminal->workflows.browser.open(QUrl(m_site.url(QStringLiteral("/alert"))));
        BrowserScreen* screen = terminal->browserScreen();
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(screen->notice().contains(u"Sitzung endet bald"), pageTimeout);
        QCOMPARE(strayWindows(*terminal), 0);
    }

    void backToTheTerminal()
    {
        auto terminal = startTerminal();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/start")));
        QVERIFY(screen);
        QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("returnToTerminalButton")), Qt::LeftButton);
        QCOMPARE(terminal->journey.step(), JourneyStep::ServicePage);
        QCOMPARE(terminal->currentScreen(), terminal->serviceScreen());
    }

    // Cookies, history and everything else of the page end with the citizen's session.
    void sessionWipeForgetsTheBrowser()
    {
        auto terminal = startTerminal();
        QVERIFY(openPage(*terminal, m_site.url(QStringLiteral("/start"))));
        QVERIFY(openPage(*terminal, m_site.url(QStringLiteral("/next"))));
        QCOMPARE(m_site.lastRequest("/next")->headers.value("cookie"), QByteArray("session=citizen-a"));

        terminal->journey.wipe(bt::app::Journey::WipeReason::Cancelled);
        QVERIFY(!terminal->browserScreen());
        QTRY_VERIFY(terminal->window->findChildren<QWebEngineView*>().isEmpty());

        terminal->startJourney();
        terminal->workflows.journey.chooseService(onlineService);
        TerminalFixture::settle();
        BrowserScreen* screen = openPage(*terminal, m_site.url(QStringLiteral("/next")));
        QVERIFY(screen);
        QVERIFY(!m_site.lastRequest("/next")->headers.contains("cookie"));
        QVERIFY(!screen->browser()->view()->history()->canGoBack());
    }
};

QTEST_MAIN(tst_OnlineServiceBrowser)
#include "tst_OnlineServiceBrowser.moc"
