#include "DraftService.h"

#include "Logging.h"

#include <chrono>

namespace bt::app {

DraftService::DraftService(DraftSettings settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_worker(QStringLiteral("drafts"), std::chrono::seconds(10), std::make_unique<DraftWorker>(std::move(settings)))
{
    qRegisterMetaType<std::shared_ptr<const bt::app::ResumeCode>>();
    qRegisterMetaType<std::shared_ptr<bt::app::DraftOpening>>();
    Failure::registerMetaType();
    DraftWorker* worker = m_worker.worker();
    connect(worker, &DraftWorker::ready, this, &DraftService::ready);
    connect(worker, &DraftWorker::failed, this, &DraftService::failed);
    connect(worker, &DraftWorker::saved, this, &DraftService::saved);
    connect(worker, &DraftWorker::saveFailed, this, &DraftService::saveFailed);
    connect(worker, &DraftWorker::resumed, this, &DraftService::resumed);
    connect(worker, &DraftWorker::purged, this, &DraftService::purged);
    m_worker.post([now = m_clock.currentDateTimeUtc()](DraftWorker& drafts) { drafts.open(now); });
    m_daily.setInterval(std::chrono::hours(24));
    connect(&m_daily, &QTimer::timeout, this, &DraftService::purgeExpired);
    m_daily.start();
}

DraftService::~DraftService() = default;

void DraftService::save(const QString& formId,
                        const QString& serviceKey,
                        std::shared_ptr<const eid::SecureBytes> answers)
{
    m_worker.post([formId, serviceKey, answers = std::move(answers), now = m_clock.currentDateTimeUtc()](
                      DraftWorker& drafts) { drafts.save(formId, serviceKey, *answers, now); });
}

void DraftService::resume(std::shared_ptr<const ResumeCode> code)
{
    m_worker.post([code = std::move(code), now = m_clock.currentDateTimeUtc()](DraftWorker& drafts) {
        drafts.resume(code, now);
    });
}

void DraftService::remove(const QString& draftId)
{
    m_worker.post([draftId](DraftWorker& drafts) { drafts.remove(draftId); });
}

void DraftService::purgeExpired()
{
    m_worker.post([now = m_clock.currentDateTimeUtc()](DraftWorker& drafts) { drafts.purgeExpired(now); });
}

DraftWorker::DraftWorker(DraftSettings settings)
    : m_settings(std::move(settings))
{}

void DraftWorker::open(const QDateTime& now)
{
    Failure failure;
    m_store = DraftStore::open(m_settings, &failure);
    if (!m_store) {
        qCCritical(lcAppDrafts) << "drafts not available:" << failure;
        Q_EMIT failed(failure);
        return;
    }
    purgeExpired(now);
    Q_EMIT ready();
}

void DraftWorker::save(const QString& formId,
                       const QString& serviceKey,
                       const eid::SecureBytes& answers,
                       const QDateTime& now)
{
    if (!m_store) {
        Q_EMIT saveFailed(
            Failure(Failure::Code::Draft_StoreUnavailable, QStringLiteral("the drafts store is not open")));
        return;
    }
    Failure failure;
    std::optional<ResumeCode> code = m_store->save(formId, serviceKey, answers.view(), now, &failure);
    if (!code) {
        qCWarning(lcAppDrafts) << "saving a draft failed:" << failure;
        Q_EMIT saveFailed(failure);
        return;
    }
    Q_EMIT saved(std::make_shared<const ResumeCode>(std::move(*code)));
}

void DraftWorker::resume(const std::shared_ptr<const ResumeCode>& code, const QDateTime& now)
{
    auto opening = std::make_shared<DraftOpening>();
    if (m_store && code) {
        *opening = m_store->resume(*code, now);
    }
    Q_EMIT resumed(opening);
}

void DraftWorker::remove(const QString& draftId)
{
    if (m_store) {
        m_store->remove(draftId);
    }
}

void DraftWorker::purgeExpired(const QDateTime& now)
{
    if (m_store) {
        Q_EMIT purged(m_store->purgeExpired(now));
    }
}

} // namespace bt::app
