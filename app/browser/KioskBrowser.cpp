#include "KioskBrowser.h"

#include "AllowlistInterceptor.h"
#include "KioskWebPage.h"
#include "Logging.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>

#include <unistd.h>

namespace bt::app {

namespace {

// Chromium's text is 16 px at zoom 1; the terminal's body text is 24 to 38 px.
constexpr double webBodyPixelSize = 16.0;

// The web engine starts with the first profile and reads its environment then.
QWebEngineProfile* newOffTheRecordProfile()
{
    // A debugging port would let anyone who reaches it read and drive the citizen's page.
    if (qEnvironmentVariableIsSet("QTWEBENGINE_REMOTE_DEBUGGING")) {
        qCWarning(lcAppBrowser) << "QTWEBENGINE_REMOTE_DEBUGGING removed: the terminal has no dev tools";
        qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    }
    // No storage name: off the record, nothing of the session is written to disk.
    return new QWebEngineProfile;
}

} // namespace

KioskBrowser::KioskBrowser(const OriginAllowlist& allowlist, QObject* parent)
    : QObject(parent)
    , m_profile(newOffTheRecordProfile())
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

bool KioskBrowser::isAvailable()
{
    // Chromium refuses to start as root with its sandbox on and ends the whole process, so
    // as root the browser is only offered when the sandbox was switched off on purpose
    // (development machines and tests; terminals run as an unprivileged user).
    if (::geteuid() != 0) {
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
