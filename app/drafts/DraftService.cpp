#include "DraftService.h"

#include "Logging.h"

#include <chrono>

namespace bt::app {

namespace {

void overwrite(QByteArray& bytes)
{
    if (bytes.isDetached()) {
        bytes.fill('\0');
    }
    bytes.clear();
}

} // namespace

DraftService::DraftService(DraftSettings settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<std::shared_ptr<const bt::app::ResumeCode>>();
    qRegisterMetaType<std::shared_ptr<bt::app::DraftOpening>>();
    auto* worker = new DraftWorker(std::move(settings));
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DraftWorker::ready, this, &DraftService::ready);
    connect(worker, &DraftWorker::failed, this, &DraftService::failed);
    connect(worker, &DraftWorker::saved, this, &DraftService::saved);
    connect(worker, &DraftWorker::saveFailed, this, &DraftService::saveFailed);
    connect(worker, &DraftWorker::resumed, this, &DraftService::resumed);
    connect(worker, &DraftWorker::purged, this, &DraftService::purged);
    m_thread.setObjectName(QStringLiteral("drafts"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, now = m_clock.currentDateTimeUtc()] { worker->open(now); }, Qt::QueuedConnection);
    m_daily.setInterval(std::chrono::hours(24));
    connect(&m_daily, &QTimer::timeout, this, &DraftService::purgeExpired);
    m_daily.start();
}

DraftService::~DraftService()
{
    m_thread.quit();
    if (!m_thread.wait(10000)) {
        qCWarning(lcAppDrafts) << "drafts thread did not stop in time";
    }
}

void DraftService::save(const QString& formId, const QString& serviceKey, const QByteArray& answers)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, formId, serviceKey, answers, now = m_clock.currentDateTimeUtc()]() mutable {
            worker->save(formId, serviceKey, std::move(answers), now);
        },
        Qt::QueuedConnection);
}

void DraftService::resume(std::shared_ptr<const ResumeCode> code)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, code = std::move(code), now = m_clock.currentDateTimeUtc()] { worker->resume(code, now); },
        Qt::QueuedConnection);
}

void DraftService::remove(const QString& draftId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, draftId] { worker->remove(draftId); }, Qt::QueuedConnection);
}

void DraftService::purgeExpired()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, now = m_clock.currentDateTimeUtc()] { worker->purgeExpired(now); },
        Qt::QueuedConnection);
}

DraftWorker::DraftWorker(DraftSettings settings)
    : m_settings(std::move(settings))
{}

void DraftWorker::open(const QDateTime& now)
{
    QString error;
    m_store = DraftStore::open(m_settings, &error);
    if (!m_store) {
        qCCritical(lcAppDrafts).noquote() << "drafts not available:" << error;
        Q_EMIT failed(error);
        return;
    }
    purgeExpired(now);
    Q_EMIT ready();
}

void DraftWorker::save(const QString& formId, const QString& serviceKey, QByteArray answers, const QDateTime& now)
{
    if (!m_store) {
        overwrite(answers);
        Q_EMIT saveFailed(QStringLiteral("the drafts store is not open"));
        return;
    }
    QString error;
    std::optional<ResumeCode> code = m_store->save(formId, serviceKey, answers, now, &error);
    overwrite(answers);
    if (!code) {
        qCWarning(lcAppDrafts).noquote() << "saving a draft failed:" << error;
        Q_EMIT saveFailed(error);
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
