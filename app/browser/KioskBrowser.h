#pragma once

#include "BrowserRefusal.h"
#include "OriginAllowlist.h"

#include <QObject>
#include <QUrl>

class QWebEngineDownloadRequest;
class QWebEngineProfile;
class QWebEngineView;

namespace bt::app {

class AllowlistInterceptor;
class KioskWebPage;

// One citizen's browser: an off-the-record profile (cookies, cache and history only in
// memory), a kiosk page and its view. Destroying it destroys all of that, which is how the
// session's browsing is wiped; the next citizen gets a new one.
class KioskBrowser : public QObject
{
    Q_OBJECT
public:
    explicit KioskBrowser(const OriginAllowlist& allowlist, QObject* parent = nullptr);
    ~KioskBrowser() override;

    // Whether this process can run the web engine at all (see the .cpp).
    [[nodiscard]] static bool isAvailable();
    // The sites the operator allowed, or none when the web engine cannot run here.
    [[nodiscard]] static OriginAllowlist usableAllowlist(const OriginAllowlist& configured);

    // The view to place in a layout; it stays owned by the browser.
    [[nodiscard]] QWebEngineView* view() const { return m_view; }
    [[nodiscard]] KioskWebPage* page() const { return m_page; }
    [[nodiscard]] QWebEngineProfile* profile() const { return m_profile; }

    void open(const QUrl& url);
    // Sets the page zoom so web text follows the terminal's text size.
    void setZoomForBodyPixelSize(int bodyPixelSize);

Q_SIGNALS:
    void refused(bt::app::BrowserRefusal refusal, const QUrl& url);

private:
    void refuseDownload(QWebEngineDownloadRequest* download);

    QWebEngineProfile* m_profile;
    AllowlistInterceptor* m_interceptor;
    KioskWebPage* m_page;
    QWebEngineView* m_view;
};

} // namespace bt::app
