#pragma once

#include "Clock.h"
#include "DraftStore.h"
#include "WorkerThread.h"

#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <memory>

namespace bt::app {

class DraftWorker;

// The drafts for the user interface: the store lives on its own thread, because scrypt takes a
// noticeable fraction of a second and SQLite waits for the disk; the UI thread only sends requests
// and gets signals. Opens the store and deletes expired drafts at start and then once a day.
// The time of each request is read from the clock on the caller's thread and sent along.
class DraftService : public QObject
{
    Q_OBJECT
public:
    DraftService(DraftSettings settings, const Clock& clock, QObject* parent = nullptr);
    ~DraftService() override; // finishes the request in progress (at most 10 s), then stops the thread

    // answers: the serialised FormAnswers (SubmissionWriter), zeroed when the last reference goes
    // (usually the worker's, once sealed).
    void save(const QString& formId, const QString& serviceKey, std::shared_ptr<const eid::SecureBytes> answers);
    void resume(std::shared_ptr<const ResumeCode> code);
    void remove(const QString& draftId);
    void purgeExpired();

Q_SIGNALS:
    void ready();
    // The store cannot be opened (Draft_StoreUnavailable): no "Später fortsetzen".
    void failed(const bt::app::Failure& failure);
    void saved(std::shared_ptr<const bt::app::ResumeCode> code);
    void saveFailed(const bt::app::Failure& failure); // Draft_NotSaved, or Draft_StoreUnavailable
    void resumed(std::shared_ptr<bt::app::DraftOpening> opening);
    void purged(int count);

private:
    const Clock& m_clock;
    WorkerThread<DraftWorker> m_worker;
    QTimer m_daily;
};

// Lives on the service's thread and owns the store there.
class DraftWorker : public QObject
{
    Q_OBJECT
public:
    explicit DraftWorker(DraftSettings settings);

    void open(const QDateTime& now);
    void save(const QString& formId, const QString& serviceKey, const eid::SecureBytes& answers, const QDateTime& now);
    void resume(const std::shared_ptr<const ResumeCode>& code, const QDateTime& now);
    void remove(const QString& draftId);
    void purgeExpired(const QDateTime& now);

Q_SIGNALS:
    void ready();
    void failed(const bt::app::Failure& failure);
    void saved(std::shared_ptr<const bt::app::ResumeCode> code);
    void saveFailed(const bt::app::Failure& failure);
    void resumed(std::shared_ptr<bt::app::DraftOpening> opening);
    void purged(int count);

private:
    DraftSettings m_settings;
    std::unique_ptr<DraftStore> m_store;
};

} // namespace bt::app

Q_DECLARE_METATYPE(std::shared_ptr<const bt::app::ResumeCode>)
Q_DECLARE_METATYPE(std::shared_ptr<bt::app::DraftOpening>)
