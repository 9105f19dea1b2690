#pragma once

#include "BrowserRefusal.h"
#include "Screen.h"

#include <QUrl>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace bt::app {

class KioskBrowser;
class OriginAllowlist;
class Session;

// Another authority's online service inside the terminal: a bar that always offers the way
// back to the terminal and says which site is open, a notice when the terminal refused
// something the page wanted, and the locked-down web view. Created when first needed and
// destroyed with the session, which takes the page's cookies and history with it.
class BrowserScreen : public Screen
{
    Q_OBJECT
public:
    BrowserScreen(const OriginAllowlist& allowlist, const Session& session, QWidget* parent = nullptr);
    ~BrowserScreen() override;

    void open(const QUrl& url);
    void retranslate() override;

    [[nodiscard]] KioskBrowser* browser() const { return m_browser.get(); }
    [[nodiscard]] QString notice() const;

Q_SIGNALS:
    void returnRequested();

private:
    void showRefusal(BrowserRefusal refusal, const QUrl& url);
    void showAlert(const QString& message);
    void updateLocation();
    void updateNotice();

    const Session& m_session;
    QPushButton* m_returnButton;
    QPushButton* m_pageBackButton;
    QLabel* m_location;
    QLabel* m_notice;
    std::unique_ptr<KioskBrowser> m_browser;
    struct Refusal
    {
        BrowserRefusal kind;
        QString host;
    };
    std::optional<Refusal> m_refusal; // kept to retranslate the notice
    QString m_alert;                  // the page's own words, shown as they are
};

} // namespace bt::app
