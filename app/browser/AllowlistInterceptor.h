#pragma once

#include "OriginAllowlist.h"

#include <QWebEngineUrlRequestInterceptor>

namespace bt::app {

// Stops every request — page, frame, script, image, XHR, WebSocket — whose origin is not on
// the allowlist, including server redirects, which never reach acceptNavigationRequest().
// Local data: and blob: resources stay allowed: they do not leave the terminal.
class AllowlistInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit AllowlistInterceptor(OriginAllowlist allowlist, QObject* parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

Q_SIGNALS:
    // A page (not a part of one) was blocked, e.g. a redirect to a foreign host.
    void pageBlocked(const QUrl& url);

private:
    const OriginAllowlist m_allowlist;
};

} // namespace bt::app
