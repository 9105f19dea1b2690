#pragma once

#include "BrowserRefusal.h"
#include "OriginAllowlist.h"

#include <QWebEnginePage>

namespace bt::app {

// A web page that behaves like a kiosk: it navigates only to allowlisted origins, opens
// no windows (a link meant for a new window or tab opens here, if allowed), shows no
// file picker and no browser dialogs, grants no permissions, and keeps the page's console
// out of the terminal's logs (it can echo what a citizen typed).
class KioskWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    KioskWebPage(OriginAllowlist allowlist, QWebEngineProfile* profile, QObject* parent = nullptr);

Q_SIGNALS:
    void refused(bt::app::BrowserRefusal refusal, const QUrl& url);
    // A JavaScript alert: shown by the screen as a notice, not as a separate window.
    void alertRaised(const QString& message);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    QStringList
    chooseFiles(FileSelectionMode mode, const QStringList& oldFiles, const QStringList& acceptedMimeTypes) override;
    void javaScriptAlert(const QUrl& securityOrigin, const QString& message) override;
    bool javaScriptConfirm(const QUrl& securityOrigin, const QString& message) override;
    bool javaScriptPrompt(const QUrl& securityOrigin,
                          const QString& message,
                          const QString& defaultValue,
                          QString* result) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                  const QString& message,
                                  int lineNumber,
                                  const QString& sourceId) override;

private:
    void restrictSettings();
    void refuseEverythingAsked();
    void openNewWindowRequestHere(const QUrl& url, bool userInitiated);

    const OriginAllowlist m_allowlist;
};

} // namespace bt::app
