#include "HttpStaffCall.h"

#include "Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace bt::app {

HttpStaffCall::HttpStaffCall(
    QUrl endpoint, QString terminalId, std::chrono::milliseconds timeout, const Clock& clock, QObject* parent)
    : StaffCall(parent)
    , m_endpoint(std::move(endpoint))
    , m_terminalId(std::move(terminalId))
    , m_timeout(timeout)
    , m_clock(clock)
{}

HttpStaffCall::~HttpStaffCall()
{
    if (m_reply) {
        m_reply->abort();
    }
}

void HttpStaffCall::call()
{
    if (isCalling()) {
        return;
    }
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    const QJsonObject notice{
        {QStringLiteral("event"), QStringLiteral("staff-call")},
        {QStringLiteral("terminal"), m_terminalId},
        {QStringLiteral("time"), m_clock.currentDateTimeUtc().toString(Qt::ISODate)},
    };
    qCInfo(lcAppStaffCall) << "calling staff via" << m_endpoint.host();
    m_reply = m_network.post(request, QJsonDocument(notice).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, &HttpStaffCall::onFinished);
}

void HttpStaffCall::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        qCInfo(lcAppStaffCall) << "staff call delivered";
        Q_EMIT finished(Outcome::Delivered);
        return;
    }
    qCWarning(lcAppStaffCall) << "staff call failed:" << reply->error() << "HTTP status" << status;
    Q_EMIT finished(Outcome::Failed);
}

} // namespace bt::app
