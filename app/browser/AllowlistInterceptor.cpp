#include "AllowlistInterceptor.h"

#include "Logging.h"

#include <QMetaObject>

namespace bt::app {

AllowlistInterceptor::AllowlistInterceptor(OriginAllowlist allowlist, QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_allowlist(std::move(allowlist))
{}

void AllowlistInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    if (scheme == u"data" || scheme == u"blob" || m_allowlist.allows(url)) {
        return;
    }
    info.block(true);
    // Only the host: paths and queries can carry what a citizen typed.
    qCInfo(lcAppBrowser) << "blocked request to" << scheme << url.host() << "type" << info.resourceType();
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
        // Interceptors may run off the UI thread; the page is told through the event loop.
        QMetaObject::invokeMethod(
            this, [this, url] { Q_EMIT pageBlocked(url); }, Qt::QueuedConnection);
    }
}

} // namespace bt::app
