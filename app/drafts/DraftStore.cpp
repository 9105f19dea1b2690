#include "DraftStore.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace bt::app {

namespace {

constexpr int rowFormat = 1;  // of the sealed payload and its associated data
constexpr int saveTries = 32; // draft ids are short: a taken one is drawn again

QSqlDatabase databaseOf(const QString& connection)
{
    return QSqlDatabase::database(connection, false);
}

bool exec(QSqlQuery& query, const QString& sql, Failure* failure)
{
    if (!query.exec(sql)) {
        *failure = Failure(Failure::Code::Draft_StoreUnavailable, query.lastError().text());
        return false;
    }
    return true;
}

void appendPart(QByteArray* out, const QByteArray& part)
{
    const auto size = static_cast<quint32>(part.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out->append(static_cast<char>((size >> shift) & 0xff));
    }
    out->append(part);
}

// What the tag covers besides the answers; length-prefixed so no two rows can give the same bytes.
QByteArray associatedData(const QString& draftId, const QString& formId, const QString& serviceKey, qint64 expiresAt)
{
    QByteArray data = "buergerterminal-draft";
    appendPart(&data, QByteArray::number(rowFormat));
    appendPart(&data, draftId.toUtf8());
    appendPart(&data, formId.toUtf8());
    appendPart(&data, serviceKey.toUtf8());
    appendPart(&data, QByteArray::number(expiresAt));
    return data;
}

// The least cost a stored draft must have to be opened: what the store writes, but never more than
// the terminal's default, so that raising the cost later keeps the older drafts readable.
KdfParameters leastAccepted(const KdfParameters& written)
{
    const KdfParameters pinned;
    return {std::min(written.n, pinned.n), std::min(written.r, pinned.r), std::min(written.p, pinned.p)};
}

// Qt binds a null QString as SQL NULL; the columns hold text, possibly empty.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

DraftStore::DraftStore(DraftSettings settings, QString connection)
    : m_settings(std::move(settings))
    , m_connection(std::move(connection))
{}

DraftStore::~DraftStore()
{
    {
        QSqlDatabase database = databaseOf(m_connection);
        if (database.isOpen()) {
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<DraftStore> DraftStore::open(const DraftSettings& settings, Failure* failure)
{
    const auto unavailable = [failure](const QString& detail) {
        *failure = Failure(Failure::Code::Draft_StoreUnavailable, detail);
        return nullptr;
    };
    static std::atomic<int> connections{0};
    const QString connection = QStringLiteral("bt-drafts-%1").arg(connections.fetch_add(1));
    std::unique_ptr<DraftStore> store(new DraftStore(settings, connection));
    if (!QDir().mkpath(QFileInfo(settings.path).absolutePath())) {
        return unavailable(QStringLiteral("cannot create the folder of %1").arg(settings.path));
    }
    // Sealed or not, drafts are nobody else's business: owner only. The file is made 0600 before
    // SQLite opens it, since SQLite gives the -wal and -shm files the mode of the database file
    // at the moment it creates them.
    QFile file(settings.path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly)) {
        return unavailable(QStringLiteral("cannot create %1: %2").arg(settings.path, file.errorString()));
    }
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return unavailable(QStringLiteral("cannot make %1 private: %2").arg(settings.path, file.errorString()));
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(settings.path);
    if (!database.open()) {
        return unavailable(QStringLiteral("cannot open %1: %2").arg(settings.path, database.lastError().text()));
    }
    if (!store->prepareSchema(failure)) {
        failure->prependWhere(settings.path);
        return nullptr;
    }
    return store;
}

bool DraftStore::prepareSchema(Failure* failure)
{
    QSqlQuery query(databaseOf(m_connection));
    // secure_delete: deleted drafts are overwritten in the file, not merely unlinked from the b-tree.
    return exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), failure) &&
           exec(query, QStringLiteral("PRAGMA synchronous = FULL"), failure) &&
           exec(query, QStringLiteral("PRAGMA secure_delete = ON"), failure) &&
           exec(
               query,
               QStringLiteral("CREATE TABLE IF NOT EXISTS drafts ("
                              " id TEXT PRIMARY KEY,"
                              " format INTEGER NOT NULL,"
                              " form_id TEXT NOT NULL,"
                              " service_key TEXT NOT NULL,"
                              " created_at INTEGER NOT NULL,"
                              " expires_at INTEGER NOT NULL,"
                              " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                              " kdf_n INTEGER NOT NULL, kdf_r INTEGER NOT NULL, kdf_p INTEGER NOT NULL,"
                              " salt BLOB NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL, tag BLOB NOT NULL)"),
               failure) &&
           exec(query, QStringLiteral("CREATE INDEX IF NOT EXISTS drafts_expiry ON drafts (expires_at)"), failure);
}

std::optional<ResumeCode> DraftStore::save(
    const QString& formId, const QString& serviceKey, QByteArrayView answers, const QDateTime& now, Failure* failure)
{
    const auto notSaved = [failure](const QString& detail) {
        *failure = Failure(Failure::Code::Draft_NotSaved, detail);
        return std::nullopt;
    };
    const qint64 createdAt = now.toSecsSinceEpoch();
    const qint64 expiresAt = now.addDays(m_settings.keepDays).toSecsSinceEpoch();
    QSqlQuery taken(databaseOf(m_connection));
    taken.prepare(QStringLiteral("SELECT 1 FROM drafts WHERE id = ?"));
    for (int attempt = 0; attempt < saveTries; ++attempt) {
        std::optional<ResumeCode> code = ResumeCode::generate();
        const std::optional<QByteArray> salt = draftcrypto::randomBytes(draftcrypto::saltLength);
        if (!code || !salt) {
            return notSaved(QStringLiteral("the random generator failed"));
        }
        taken.bindValue(0, code->draftId());
        if (!taken.exec()) {
            return notSaved(taken.lastError().text());
        }
        if (taken.next()) {
            continue;
        }
        taken.finish();
        const std::optional<eid::SecureBytes> key = draftcrypto::deriveKey(code->secret(), *salt, m_settings.kdf);
        const QByteArray aad = associatedData(code->draftId(), formId, serviceKey, expiresAt);
        const std::optional<SealedBytes> sealed = key ? draftcrypto::seal(*key, answers, aad) : std::nullopt;
        if (!sealed) {
            return notSaved(QStringLiteral("sealing the draft failed (OpenSSL)"));
        }
        QSqlQuery insert(databaseOf(m_connection));
        insert.prepare(QStringLiteral(
            "INSERT INTO drafts (id, format, form_id, service_key, created_at, expires_at, kdf_n, kdf_r, kdf_p, salt,"
            " nonce, ciphertext, tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value : {QVariant(code->draftId()),
                                      QVariant(rowFormat),
                                      QVariant(notNull(formId)),
                                      QVariant(notNull(serviceKey)),
                                      QVariant(createdAt),
                                      QVariant(expiresAt),
                                      QVariant(static_cast<qint64>(m_settings.kdf.n)),
                                      QVariant(m_settings.kdf.r),
                                      QVariant(m_settings.kdf.p),
                                      QVariant(*salt),
                                      QVariant(sealed->nonce),
                                      QVariant(sealed->ciphertext),
                                      QVariant(sealed->tag)}) {
            insert.addBindValue(value);
        }
        if (!insert.exec()) {
            return notSaved(insert.lastError().text());
        }
        qCInfo(lcAppDrafts) << "draft saved, kept for" << m_settings.keepDays << "days";
        return code;
    }
    return notSaved(QStringLiteral("no free draft id found; the store is full"));
}

DraftOpening DraftStore::resume(const ResumeCode& code, const QDateTime& now)
{
    DraftOpening opening;
    opening.draftId = code.draftId();
    QSqlQuery query(databaseOf(m_connection));
    query.prepare(QStringLiteral("SELECT format, form_id, service_key, expires_at, failed_attempts, kdf_n, kdf_r,"
                                 " kdf_p, salt, nonce, ciphertext, tag FROM drafts WHERE id = ?"));
    query.addBindValue(opening.draftId);
    if (!query.exec()) {
        qCWarning(lcAppDrafts).noquote() << "reading a draft failed:" << query.lastError().text();
        return opening;
    }
    if (!query.next()) {
        opening.status = DraftOpening::Status::NotFound;
        return opening;
    }
    const int format = query.value(0).toInt();
    opening.formId = query.value(1).toString();
    opening.serviceKey = query.value(2).toString();
    const qint64 expiresAt = query.value(3).toLongLong();
    const int failedBefore = query.value(4).toInt();
    const KdfParameters kdf{query.value(5).toULongLong(), query.value(6).toUInt(), query.value(7).toUInt()};
    const QByteArray salt = query.value(8).toByteArray();
    const SealedBytes sealed{
        query.value(9).toByteArray(), query.value(10).toByteArray(), query.value(11).toByteArray()};
    query.finish();
    opening.expiresAt = QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC);

    if (expiresAt <= now.toSecsSinceEpoch()) {
        remove(opening.draftId);
        opening.status = DraftOpening::Status::Expired;
        return opening;
    }
    if (failedBefore >= attemptsAllowed) {
        opening.status = DraftOpening::Status::Locked;
        return opening;
    }
    // A row claiming a cheaper key derivation than this store accepts was not written by it (or by
    // a build with weakened settings): its code could be guessed faster than the lock assumes.
    const KdfParameters least = leastAccepted(m_settings.kdf);
    if (kdf.n < least.n || kdf.r < least.r || kdf.p < least.p) {
        qCWarning(lcAppDrafts) << "draft refused: sealed with scrypt N =" << kdf.n << "r =" << kdf.r << "p =" << kdf.p
                               << "below the least accepted N =" << least.n << "r =" << least.r << "p =" << least.p;
        return opening;
    }
    // Counted before the slow check, so that cutting the power during it does not give a free try.
    QSqlQuery count(databaseOf(m_connection));
    count.prepare(QStringLiteral("UPDATE drafts SET failed_attempts = failed_attempts + 1 WHERE id = ?"));
    count.addBindValue(opening.draftId);
    if (!count.exec()) {
        qCWarning(lcAppDrafts).noquote() << "counting a resume attempt failed:" << count.lastError().text();
        return opening;
    }
    const std::optional<eid::SecureBytes> key = draftcrypto::deriveKey(code.secret(), salt, kdf);
    std::optional<eid::SecureBytes> answers =
        format == rowFormat && key
            ? draftcrypto::open(
                  *key, sealed, associatedData(opening.draftId, opening.formId, opening.serviceKey, expiresAt))
            : std::nullopt;
    if (!answers) {
        const int failed = failedBefore + 1;
        opening.attemptsLeft = attemptsAllowed - failed;
        opening.status = opening.attemptsLeft > 0 ? DraftOpening::Status::WrongCode : DraftOpening::Status::Locked;
        qCInfo(lcAppDrafts) << "wrong resume code;" << opening.attemptsLeft << "attempts left";
        return opening;
    }
    QSqlQuery reset(databaseOf(m_connection));
    reset.prepare(QStringLiteral("UPDATE drafts SET failed_attempts = 0 WHERE id = ?"));
    reset.addBindValue(opening.draftId);
    if (!reset.exec()) {
        qCWarning(lcAppDrafts).noquote() << "resetting the attempts failed:" << reset.lastError().text();
    }
    opening.answers = std::move(*answers);
    opening.attemptsLeft = attemptsAllowed;
    opening.status = DraftOpening::Status::Opened;
    qCInfo(lcAppDrafts) << "draft resumed";
    return opening;
}

bool DraftStore::remove(const QString& draftId)
{
    QSqlQuery query(databaseOf(m_connection));
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(draftId);
    if (!query.exec()) {
        qCWarning(lcAppDrafts).noquote() << "deleting a draft failed:" << query.lastError().text();
        return false;
    }
    return query.numRowsAffected() > 0;
}

int DraftStore::purgeExpired(const QDateTime& now)
{
    QSqlQuery query(databaseOf(m_connection));
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE expires_at <= ?"));
    query.addBindValue(now.toSecsSinceEpoch());
    if (!query.exec()) {
        qCWarning(lcAppDrafts).noquote() << "purging expired drafts failed:" << query.lastError().text();
        return -1;
    }
    const int purged = query.numRowsAffected();
    if (purged > 0) {
        // Moves the overwritten pages from the WAL into the file and empties the WAL.
        QSqlQuery checkpoint(databaseOf(m_connection));
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        qCInfo(lcAppDrafts) << purged << "expired drafts deleted";
    }
    return purged;
}

int DraftStore::count() const
{
    QSqlQuery query(databaseOf(m_connection));
    return query.exec(QStringLiteral("SELECT count(*) FROM drafts")) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace bt::app
