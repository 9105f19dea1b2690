#pragma once

#include "OriginAllowlist.h"

#include <QObject>
#include <QUrl>

namespace bt::app {

class JourneyController;

// Another authority's online service in the locked-down browser: only sites on the operator's
// allowlist, entered as a journey step, and the browser (its cookies, history, form entries)
// ends with the session. The screen that shows the page is created on pageRequested() and
// destroyed on ended(): the web engine costs memory most sessions never need.
class BrowserWorkflow : public QObject
{
    Q_OBJECT
public:
    // allowlist: empty when the web engine cannot run here or the operator allowed no site.
    BrowserWorkflow(JourneyController& journey, OriginAllowlist allowlist, QObject* parent = nullptr);

    [[nodiscard]] const OriginAllowlist& allowlist() const { return m_allowlist; }
    [[nodiscard]] bool isAvailable() const { return !m_allowlist.isEmpty(); }
    [[nodiscard]] bool isOpen() const { return m_open; }

    // Opens `url` if it is allowed (a link on the service page, or within the browser).
    void open(const QUrl& url);
    // "Zurück zum Bürgerterminal".
    void leave();

Q_SIGNALS:
    void pageRequested(const QUrl& url);
    // The session is over: the browser and everything it holds must go.
    void ended();

private:
    JourneyController& m_journey;
    const OriginAllowlist m_allowlist;
    bool m_open = false;
};

} // namespace bt::app
