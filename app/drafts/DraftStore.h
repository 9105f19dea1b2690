#pragma once

#include "DraftCrypto.h"
#include "Failure.h"
#include "ResumeCode.h"
#include "SecureBytes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace bt::app {

struct DraftSettings
{
    QString path;      // the SQLite file; its folder is created
    int keepDays = 30; // [drafts] keep_days
    // The cost written into every new draft. A stored draft is opened only if its cost is at least
    // this, or at least the default (KdfParameters{}) where this is higher.
    KdfParameters kdf;
};

// What resuming a draft gave.
struct DraftOpening
{
    enum class Status
    {
        Opened,    // answers, formId and serviceKey are set
        NotFound,  // no draft with this code (never saved, deleted after submitting, or purged)
        WrongCode, // attemptsLeft more tries before it locks
        Locked,    // too many wrong codes: it stays locked, even for the right code, until it expires
        Expired,   // older than keep_days; it has just been deleted
        Failed,    // the store could not be read or written, or the draft was sealed too cheaply (logged)
    };
    Status status = Status::Failed;
    int attemptsLeft = 0;
    QString draftId;
    QString formId;
    QString serviceKey;
    QDateTime expiresAt;
    eid::SecureBytes answers; // the serialised FormAnswers as saved (Opened only)
};

// Drafts of unfinished forms in one SQLite file (WAL). Every draft's answers are sealed with
// AES-256-GCM under a key derived by scrypt from the secret part of its resume code and a random
// salt; the draft id, form id, service key and expiry are authenticated with it, so a row cannot be
// moved or extended unnoticed. Nothing personal is stored in the clear, nothing is logged but counts.
// A resumed draft stays until the wizard removes it after submitting (or it expires), so a citizen
// who breaks off again can resume again with the same code.
// Synchronous and bound to the thread that opened it (Qt SQL); DraftService runs it off the UI thread.
// Times are passed in (UTC), so tests need no clock.
class DraftStore
{
public:
    static constexpr int attemptsAllowed = 5;

    // Fails with Draft_StoreUnavailable.
    [[nodiscard]] static std::unique_ptr<DraftStore> open(const DraftSettings& settings, Failure* failure);
    ~DraftStore();
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;

    // Seals and stores the answers; the code is the only way back to them. Fails with Draft_NotSaved.
    [[nodiscard]] std::optional<ResumeCode> save(const QString& formId,
                                                 const QString& serviceKey,
                                                 QByteArrayView answers,
                                                 const QDateTime& now,
                                                 Failure* failure);
    [[nodiscard]] DraftOpening resume(const ResumeCode& code, const QDateTime& now);
    // After the resumed form was submitted; true if there was such a draft.
    bool remove(const QString& draftId);
    // Deletes every draft whose time is up; the number deleted, or -1 if the store failed.
    int purgeExpired(const QDateTime& now);
    [[nodiscard]] int count() const;
    [[nodiscard]] const QString& path() const { return m_settings.path; }

private:
    DraftStore(DraftSettings settings, QString connection);
    bool prepareSchema(Failure* failure);

    DraftSettings m_settings;
    QString m_connection;
};

} // namespace bt::app
