#pragma once

#include "Clock.h"
#include "StaffCall.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace bt::app {

// Posts a small JSON notice to the town hall's call system (queue management, clerk
// workstation or any HTTP endpoint): {"event": "staff-call", "terminal": "<id>", "time": "…"}.
// Any 2xx answer counts as delivered. Carries nothing about the citizen.
class HttpStaffCall : public StaffCall
{
    Q_OBJECT
public:
    HttpStaffCall(QUrl endpoint,
                  QString terminalId,
                  std::chrono::milliseconds timeout,
                  const Clock& clock,
                  QObject* parent = nullptr);
    ~HttpStaffCall() override;

    void call() override;
    [[nodiscard]] bool isCalling() const override { return !m_reply.isNull(); }

private:
    void onFinished();

    QNetworkAccessManager m_network;
    QUrl m_endpoint;
    QString m_terminalId;
    std::chrono::milliseconds m_timeout;
    const Clock& m_clock;
    QPointer<QNetworkReply> m_reply;
};

} // namespace bt::app
