#include "BrowserScreen.h"

#include "KioskBrowser.h"
#include "KioskWebPage.h"
#include "Session.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineView>

namespace bt::app {

BrowserScreen::BrowserScreen(const OriginAllowlist& allowlist, const Session& session, QWidget* parent)
    : Screen(parent)
    , m_session(session)
    , m_returnButton(new QPushButton(this))
    , m_pageBackButton(new QPushButton(this))
    , m_location(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_browser(std::make_unique<KioskBrowser>(allowlist))
{
    setObjectName(QStringLiteral("browserScreen"));
    m_returnButton->setObjectName(QStringLiteral("returnToTerminalButton"));
    m_returnButton->setProperty("role", QStringLiteral("primary"));
    m_pageBackButton->setObjectName(QStringLiteral("pageBackButton"));
    m_location->setObjectName(QStringLiteral("browserLocation"));
    m_location->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("browserNotice"));
    m_notice->setProperty("role", QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto* bar = new QHBoxLayout;
    bar->setSpacing(16);
    bar->addWidget(m_returnButton);
    bar->addWidget(m_pageBackButton);
    bar->addWidget(m_location, 1);
    pageLayout()->addLayout(bar);
    pageLayout()->addWidget(m_notice);
    pageLayout()->addWidget(m_browser->view(), 1);
    m_browser->view()->setObjectName(QStringLiteral("webView"));

    connect(m_returnButton, &QPushButton::clicked, this, &BrowserScreen::returnRequested);
    connect(m_pageBackButton, &QPushButton::clicked, this, [this] { m_browser->view()->back(); });
    connect(m_browser.get(), &KioskBrowser::refused, this, &BrowserScreen::showRefusal);
    connect(m_browser->page(), &KioskWebPage::alertRaised, this, &BrowserScreen::showAlert);
    connect(m_browser->page(), &QWebEnginePage::urlChanged, this, &BrowserScreen::updateLocation);
    connect(m_browser->page(), &QWebEnginePage::loadFinished, this, &BrowserScreen::updateLocation);
    connect(m_browser->page(), &QWebEnginePage::urlChanged, this, [this] {
        // Another page: what was said about the last one no longer applies. (Not on
        // loadStarted: a refused navigation starts loading too, and its notice must stay.)
        m_refusal.reset();
        m_alert.clear();
        updateNotice();
    });
}

BrowserScreen::~BrowserScreen() = default;

void BrowserScreen::open(const QUrl& url)
{
    m_refusal.reset();
    m_alert.clear();
    updateNotice();
    m_browser->open(url);
    updateLocation();
}

void BrowserScreen::retranslate()
{
    //: Always visible above an external web page: leaves it for the terminal's service page.
    m_returnButton->setText(tr("‹ Back to the terminal"));
    //: Goes one page back inside the external web page.
    m_pageBackButton->setText(tr("Previous page"));
    m_browser->setZoomForBodyPixelSize(widgets::Theme(m_session.theme()).bodyPixelSize());
    updateLocation();
    updateNotice();
}

QString BrowserScreen::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void BrowserScreen::showRefusal(BrowserRefusal refusal, const QUrl& url)
{
    m_refusal = Refusal{refusal, url.host()};
    updateNotice();
}

void BrowserScreen::showAlert(const QString& message)
{
    m_alert = message.left(500);
    updateNotice();
}

void BrowserScreen::updateLocation()
{
    const QString host = m_browser->page()->url().host();
    //: Above an external web page: which website the citizen is on.
    m_location->setText(host.isEmpty() ? QString() : tr("Website: %1").arg(host));
    m_pageBackButton->setEnabled(m_browser->view()->history()->canGoBack());
}

void BrowserScreen::updateNotice()
{
    QStringList lines;
    if (m_refusal) {
        switch (m_refusal->kind) {
        case BrowserRefusal::ForeignAddress:
            lines << (m_refusal->host.isEmpty()
                          ? tr("This page cannot be opened at the terminal.")
                          : tr("The website %1 cannot be opened at the terminal. Only the pages of this online "
                               "service are available here.")
                                .arg(m_refusal->host));
            break;
        case BrowserRefusal::Download:
            lines << tr("Files cannot be saved at the terminal. Use the QR code on the service page to do "
                        "this on your own phone or computer, or ask the staff.");
            break;
        case BrowserRefusal::FileUpload:
            lines << tr("Files cannot be uploaded at the terminal. Please show the document at the service desk.");
            break;
        case BrowserRefusal::Permission:
            lines << tr("The page asked for the camera, microphone, location or notifications. The terminal "
                        "does not allow that.");
            break;
        case BrowserRefusal::Certificate:
            lines << tr("The terminal could not confirm that %1 is the genuine website, so it did not open it.")
                         .arg(m_refusal->host);
            break;
        }
    }
    if (!m_alert.isEmpty()) {
        //: A message the external web page wanted to show in a dialog.
        lines << tr("The page says: %1").arg(m_alert);
    }
    m_notice->setText(lines.join(u'\n'));
    m_notice->setVisible(!lines.isEmpty());
}

} // namespace bt::app
