#include "KioskBrowser.h"

#include "AllowlistInterceptor.h"
#include "AllowlistProxy.h"
#include "KioskWebPage.h"
#include "Logging.h"
#include "Superuser.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <algorithm>

namespace bt::app {

namespace {

// Chromium's text is 16 px at zoom 1; the terminal's body text is 24 to 38 px.
constexpr double webBodyPixelSize = 16.0;

// Chromium's network flags, whatever else was set: all traffic through the terminal's proxy,
// loopback included (Chromium would otherwise go straight to 127.0.0.1 and localhost), and WebRTC
// (ICE, STUN, TURN, data channels, which go around the request interceptor) only over TCP
// through that proxy, which refuses every destination but the allowed origins. Without a proxy
// the browser gets one that refuses everything.
QByteArray withTerminalNetworkFlags(const QByteArray& flags)
{
    QList<QByteArray> kept;
    for (const QByteArray& flag : flags.split(' ')) {
        if (!flag.isEmpty() && !flag.startsWith("--proxy-") && !flag.startsWith("--no-proxy-server") &&
            !flag.startsWith("--force-webrtc-ip-handling-policy")) {
            kept.append(flag);
        }
    }
    const AllowlistProxy* proxy = AllowlistProxy::forThisProcess();
    const quint16 port = proxy ? proxy->port() : 1; // port 1: nothing listens, nothing goes out
    kept.append("--proxy-server=http://127.0.0.1:" + QByteArray::number(port));
    kept.append("--proxy-bypass-list=<-loopback>");
    kept.append("--force-webrtc-ip-handling-policy=disable_non_proxied_udp");
    return kept.join(' ');
}

// The web engine starts with the first profile and reads its environment then.
QWebEngineProfile* newOffTheRecordProfile()
{
    // A debugging port would let anyone who reaches it read and drive the citizen's page.
    if (qEnvironmentVariableIsSet("QTWEBENGINE_REMOTE_DEBUGGING")) {
        qCWarning(lcAppBrowser) << "QTWEBENGINE_REMOTE_DEBUGGING removed: the terminal has no dev tools";
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", withTerminalNetworkFlags(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
    // No storage name: off the record, nothing of the session is written to disk.
    auto* profile = new QWebEngineProfile;
    // Should WebRTC ever get a path, it names no local address.
    profile->settings()->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    // Pages get no WebRTC at all (the proxy would refuse its TURN anyway). In every frame, before the page's own
    // scripts, the constructors are replaced by `undefined` for good; online services of authorities do not need them.
    QWebEngineScript noWebRtc;
    noWebRtc.setName(QStringLiteral("bt-no-webrtc"));
    noWebRtc.setInjectionPoint(QWebEngineScript::DocumentCreation);
    noWebRtc.setWorldId(QWebEngineScript::MainWorld);
    noWebRtc.setRunsOnSubFrames(true);
    noWebRtc.setSourceCode(QStringLiteral(
        "(function () {"
        "  for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel',"
        "                      'RTCSessionDescription', 'RTCIceCandidate', 'RTCRtpSender', 'RTCRtpReceiver',"
        "                      'RTCRtpTransceiver', 'RTCIceTransport', 'RTCDtlsTransport', 'RTCSctpTransport',"
        "                      'RTCCertificate', 'RTCPeerConnectionIceEvent', 'RTCDataChannelEvent']) {"
        "    try { Object.defineProperty(window, name, {value: undefined, writable: false, configurable: false}); }"
        "    catch (e) {}"
        "  }"
        "})();"));
    profile->scripts()->insert(noWebRtc);
    return profile;
}

} // namespace

namespace {

// The proxy checks against the allowlist of the browser being made (there is one per terminal).
QWebEngineProfile* newProfileFor(const OriginAllowlist& allowlist)
{
    if (AllowlistProxy* proxy = AllowlistProxy::forThisProcess()) {
        proxy->setAllowlist(allowlist);
    }
    return newOffTheRecordProfile();
}

} // namespace

KioskBrowser::KioskBrowser(const OriginAllowlist& allowlist, QObject* parent)
    : QObject(parent)
    , m_profile(newProfileFor(allowlist))
    , m_interceptor(new AllowlistInterceptor(allowlist, m_profile))
    , m_page(nullptr)
    , m_view(nullptr)
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, &KioskBrowser::refuseDownload);

    m_page = new KioskWebPage(allowlist, m_profile);
    m_view = new QWebEngineView;
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);
    connect(m_page, &KioskWebPage::refused, this, &KioskBrowser::refused);
    connect(m_interceptor, &AllowlistInterceptor::pageBlocked, this, [this](const QUrl& url) {
        Q_EMIT refused(BrowserRefusal::ForeignAddress, url);
    });
}

KioskBrowser::~KioskBrowser()
{
    // The page must go before its profile, and the view before its page.
    delete m_view;
    delete m_page;
    delete m_profile;
}

OriginAllowlist KioskBrowser::usableAllowlist(const OriginAllowlist& configured)
{
    return configured.isEmpty() || !isAvailable() ? OriginAllowlist() : configured;
}

bool KioskBrowser::isAvailable()
{
    // Chromium refuses to start as root with its sandbox on and ends the whole process, so
    // as root the browser is only offered when the sandbox was switched off on purpose
    // (development machines and tests; terminals run as an unprivileged user).
    if (!runsAsSuperuser()) {
        return true;
    }
    const bool sandboxOff = qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") ||
                            qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").contains(u"--no-sandbox");
    if (!sandboxOff) {
        qCWarning(lcAppBrowser) << "running as root: the embedded browser is off (run the terminal as a normal user)";
    }
    return sandboxOff;
}

void KioskBrowser::open(const QUrl& url)
{
    m_page->setUrl(url);
}

void KioskBrowser::setZoomForBodyPixelSize(int bodyPixelSize)
{
    // Chromium accepts 0.25 to 5; beyond 2.5 pages stop fitting a portrait screen.
    m_view->setZoomFactor(std::clamp(bodyPixelSize / webBodyPixelSize, 1.0, 2.5));
}

void KioskBrowser::refuseDownload(QWebEngineDownloadRequest* download)
{
    // Not accepted means cancelled; cancel() makes it explicit and immediate.
    download->cancel();
    qCInfo(lcAppBrowser) << "refused a download from" << download->url().host();
    Q_EMIT refused(BrowserRefusal::Download, download->url());
}

} // namespace bt::app
