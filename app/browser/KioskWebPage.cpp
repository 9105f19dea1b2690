#include "KioskWebPage.h"

#include "Logging.h"

#include <QAuthenticator>
#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

namespace bt::app {

KioskWebPage::KioskWebPage(OriginAllowlist allowlist, QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_allowlist(std::move(allowlist))
{
    restrictSettings();
    refuseEverythingAsked();
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest& request) {
        openNewWindowRequestHere(request.requestedUrl(), request.isUserInitiated());
    });
}

void KioskWebPage::restrictSettings()
{
    QWebEngineSettings* s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    // A URL dropped on the page would navigate anywhere.
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    // The tactile keypad's arrow keys move between links and fields.
    s->setAttribute(QWebEngineSettings::SpatialNavigationEnabled, true);
}

void KioskWebPage::refuseEverythingAsked()
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl& origin, Feature feature) {
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
        Q_EMIT refused(BrowserRefusal::Permission, origin);
    });
    connect(this, &QWebEnginePage::fullScreenRequested, this, [](QWebEngineFullScreenRequest request) {
        request.reject();
    });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this, [this](QWebEngineFileSystemAccessRequest request) {
        request.reject();
        Q_EMIT refused(BrowserRefusal::FileUpload, request.origin());
    });
    connect(this, &QWebEnginePage::selectClientCertificate, this, [](QWebEngineClientCertificateSelection selection) {
        selection.selectNone();
    });
    connect(this,
            &QWebEnginePage::registerProtocolHandlerRequested,
            this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    // A null authenticator cancels the login; a kiosk must not ask for browser passwords.
    connect(this, &QWebEnginePage::authenticationRequired, this, [](const QUrl&, QAuthenticator* authenticator) {
        *authenticator = QAuthenticator();
    });
    connect(this,
            &QWebEnginePage::proxyAuthenticationRequired,
            this,
            [](const QUrl&, QAuthenticator* authenticator, const QString&) { *authenticator = QAuthenticator(); });
    // Not accepting the error keeps the page closed (Chromium's default); the citizen is told why.
    connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError& error) {
        qCWarning(lcAppBrowser) << "certificate error for" << error.url().host() << error.type();
        Q_EMIT refused(BrowserRefusal::Certificate, error.url());
    });
}

bool KioskWebPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (m_allowlist.allows(url)) {
        return true;
    }
    // Frames the page builds itself (about:blank, about:srcdoc) load nothing from anywhere.
    if (!isMainFrame && url.scheme() == u"about") {
        return true;
    }
    qCInfo(lcAppBrowser) << "refused navigation to" << url.scheme() << url.host();
    if (isMainFrame) {
        Q_EMIT refused(BrowserRefusal::ForeignAddress, url);
    }
    return false;
}

void KioskWebPage::openNewWindowRequestHere(const QUrl& url, bool userInitiated)
{
    if (!userInitiated) {
        qCInfo(lcAppBrowser) << "ignored a pop-up the page opened by itself";
        return;
    }
    // The request is not accepted, so no window is created; the address loads here instead,
    // through acceptNavigationRequest() like any link.
    if (m_allowlist.allows(url)) {
        setUrl(url);
    } else {
        qCInfo(lcAppBrowser) << "refused new window for" << url.scheme() << url.host();
        Q_EMIT refused(BrowserRefusal::ForeignAddress, url);
    }
}

QWebEnginePage* KioskWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr; // never a second window; see openNewWindowRequestHere()
}

QStringList
KioskWebPage::chooseFiles(FileSelectionMode mode, const QStringList& oldFiles, const QStringList& acceptedMimeTypes)
{
    Q_UNUSED(mode)
    Q_UNUSED(oldFiles)
    Q_UNUSED(acceptedMimeTypes)
    Q_EMIT refused(BrowserRefusal::FileUpload, url());
    return {};
}

void KioskWebPage::javaScriptAlert(const QUrl& securityOrigin, const QString& message)
{
    Q_UNUSED(securityOrigin)
    Q_EMIT alertRaised(message);
}

bool KioskWebPage::javaScriptConfirm(const QUrl& securityOrigin, const QString& message)
{
    Q_UNUSED(securityOrigin)
    Q_EMIT alertRaised(message);
    return false; // no modal dialog on a kiosk; "cancel" is the harmless answer
}

bool KioskWebPage::javaScriptPrompt(const QUrl& securityOrigin,
                                    const QString& message,
                                    const QString& defaultValue,
                                    QString* result)
{
    Q_UNUSED(securityOrigin)
    Q_UNUSED(defaultValue)
    Q_UNUSED(result)
    Q_EMIT alertRaised(message);
    return false;
}

void KioskWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                            const QString& message,
                                            int lineNumber,
                                            const QString& sourceId)
{
    Q_UNUSED(level)
    Q_UNUSED(message)
    Q_UNUSED(lineNumber)
    Q_UNUSED(sourceId)
}

} // namespace bt::app
