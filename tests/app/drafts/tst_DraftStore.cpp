#include "DraftStore.h"
#include "SmallSchemas.h"
#include "SubmissionReader.h"
#include "SubmissionWriter.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bt::app;

namespace {

const QDateTime start(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
// Cheap scrypt where a test derives many keys; the round trip and the plain-text scan use the default.
const KdfParameters cheap{1024, 8, 1};

// A code for the same draft with one secret character changed.
ResumeCode wrongCodeFor(const ResumeCode& code)
{
    QByteArray text = code.grouped().view().toByteArray();
    text.back() = text.back() == 'Z' ? 'Y' : 'Z';
    return *ResumeCode::parse(QString::fromLatin1(text));
}

bt::forms::FormAnswers distinctiveAnswers()
{
    bt::forms::FormAnswers answers;
    answers.setValue({}, QStringLiteral("F_NAME"), QStringLiteral("Zaphod Beeblebrox"));
    answers.setValue({}, QStringLiteral("F_BORN"), QStringLiteral("1970-01-01"));
    answers.setValue({}, QStringLiteral("F_FEE"), QStringLiteral("4242.17"));
    answers.setValue(answers.addOccurrence({}, QStringLiteral("G_CHILD")),
                     QStringLiteral("F_CNAME"),
                     QStringLiteral("Hauptstraße 42"));
    return answers;
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xff);
        out.append(bigEndian ? high : low);
        out.append(bigEndian ? low : high);
    }
    return out;
}

// Every file SQLite keeps for the database: the file, its write-ahead log and shared memory.
QByteArray rawFiles(const QString& path)
{
    QByteArray bytes;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

// Which of the texts appear in the bytes, in UTF-8 or UTF-16 of either byte order.
QStringList foundIn(const QByteArray& bytes, const QStringList& texts)
{
    QStringList found;
    for (const QString& text : texts) {
        if (bytes.contains(text.toUtf8()) || bytes.contains(utf16(text, false)) || bytes.contains(utf16(text, true))) {
            found.append(text);
        }
    }
    return found;
}

// A second connection to the store's file, opened behind the store's back as someone with the
// file could; closed and removed when it goes.
class SideConnection
{
public:
    explicit SideConnection(const QString& path)
        : m_name(QStringLiteral("side-%1").arg(++s_opened))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~SideConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    SideConnection(const SideConnection&) = delete;
    SideConnection& operator=(const SideConnection&) = delete;

    [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_opened = 0;
    QString m_name;
};

// Changes one stored column of a draft behind the store's back, as someone with the file could.
void tamper(const QString& path, const QString& draftId, const QString& column)
{
    const SideConnection side(path);
    QSqlDatabase database = side.database();
    QVERIFY(database.isOpen());
    {
        QSqlQuery query(database);
        if (column == u"expires_at") {
            QVERIFY(query.exec(
                QStringLiteral("UPDATE drafts SET expires_at = expires_at + 86400 WHERE id = '%1'").arg(draftId)));
        } else if (column == u"form_id") {
            QVERIFY(query.exec(QStringLiteral("UPDATE drafts SET form_id = 'other' WHERE id = '%1'").arg(draftId)));
        } else {
            QVERIFY(query.exec(QStringLiteral("SELECT %1 FROM drafts WHERE id = '%2'").arg(column, draftId)));
            QVERIFY(query.next());
            QByteArray value = query.value(0).toByteArray();
            value[value.size() / 2] = static_cast<char>(value[value.size() / 2] ^ 0x01);
            query.finish();
            QSqlQuery update(database);
            update.prepare(QStringLiteral("UPDATE drafts SET %1 = ? WHERE id = ?").arg(column));
            update.addBindValue(value);
            update.addBindValue(draftId);
            QVERIFY(update.exec());
        }
    }
}

} // namespace

class tst_DraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    DraftSettings settings(const KdfParameters& kdf = cheap)
    {
        return DraftSettings{m_dir.filePath(QStringLiteral("drafts-%1/drafts.sqlite").arg(++m_files)), 30, kdf};
    }

    static std::unique_ptr<DraftStore> openStore(const DraftSettings& settings)
    {
        Failure failure;
        std::unique_ptr<DraftStore> store = DraftStore::open(settings, &failure);
        if (!store) {
            qWarning() << failure;
        }
        return store;
    }

    // Saves one draft in a store that is closed again, as before a restart.
    static std::optional<ResumeCode> savedAndClosed(const DraftSettings& settings, QByteArrayView answers)
    {
        std::unique_ptr<DraftStore> store = openStore(settings);
        Failure problem;
        std::optional<ResumeCode> code =
            store ? store->save(QStringLiteral("f"), QStringLiteral("s"), answers, start, &problem) : std::nullopt;
        if (!code) {
            qWarning("saving failed: %s", qPrintable(problem.staffDetail()));
        }
        return code;
    }

private Q_SLOTS:
    void saveAndResume()
    {
        const bt::forms::FormSchema schema = bt::test::smallSchema();
        bt::forms::SubmissionError error;
        const QByteArray xml =
            *bt::forms::SubmissionWriter::toXml(schema, QStringLiteral("99999:S1"), distinctiveAnswers(), &error);
        const DraftSettings where = settings(KdfParameters{});
        std::optional<ResumeCode> code;
        {
            std::unique_ptr<DraftStore> store = openStore(where);
            QVERIFY(store);
            Failure problem;
            code = store->save(QStringLiteral("99999:S1"), QStringLiteral("99008001012000"), xml, start, &problem);
            QVERIFY2(code, qPrintable(problem.staffDetail()));
        }
        // Another store on the same file, as after a restart; the code as the citizen types it.
        std::unique_ptr<DraftStore> store = openStore(where);
        const std::optional<ResumeCode> typed =
            ResumeCode::parse(QString::fromLatin1(code->grouped().view()).toLower().remove(u'-'));
        const DraftOpening opening = store->resume(*typed, start.addDays(3));
        QCOMPARE(opening.status, DraftOpening::Status::Opened);
        QCOMPARE(opening.formId, QStringLiteral("99999:S1"));
        QCOMPARE(opening.serviceKey, QStringLiteral("99008001012000"));
        QCOMPARE(opening.expiresAt, start.addDays(30));
        const std::optional<bt::forms::Submission> back =
            bt::forms::SubmissionReader::read(opening.answers.view().toByteArray(), schema, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->answers == distinctiveAnswers());
        // Kept until the wizard removes it after submitting: resuming again works.
        QCOMPARE(store->resume(*code, start.addDays(4)).status, DraftOpening::Status::Opened);
        QVERIFY(store->remove(code->draftId()));
        QCOMPARE(store->resume(*code, start.addDays(4)).status, DraftOpening::Status::NotFound);
    }

    void wrongCodesCountDownAndLock()
    {
        std::unique_ptr<DraftStore> store = openStore(settings());
        Failure problem;
        const std::optional<ResumeCode> code =
            store->save(QStringLiteral("f"), QStringLiteral("s"), "answers", start, &problem);
        QVERIFY(code);
        const ResumeCode wrong = wrongCodeFor(*code);
        for (int left = 4; left >= 1; --left) {
            const DraftOpening opening = store->resume(wrong, start);
            QCOMPARE(opening.status, DraftOpening::Status::WrongCode);
            QCOMPARE(opening.attemptsLeft, left);
            QVERIFY(opening.answers.isEmpty());
        }
        const DraftOpening fifth = store->resume(wrong, start);
        QCOMPARE(fifth.status, DraftOpening::Status::Locked);
        QCOMPARE(fifth.attemptsLeft, 0);
        const DraftOpening right = store->resume(*code, start);
        QCOMPARE(right.status, DraftOpening::Status::Locked); // stays locked, even for the right code
        QVERIFY(right.answers.isEmpty());
        QCOMPARE(store->count(), 1); // until it expires
    }

    // The lock lives in the file, not in the store object: a restart gives no fresh tries.
    void theLockOutlivesAReopenedStore()
    {
        const DraftSettings where = settings();
        std::optional<ResumeCode> code;
        {
            std::unique_ptr<DraftStore> store = openStore(where);
            Failure problem;
            code = store->save(QStringLiteral("f"), QStringLiteral("s"), "answers", start, &problem);
            QVERIFY2(code, qPrintable(problem.staffDetail()));
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(store->resume(wrongCodeFor(*code), start).status, DraftOpening::Status::WrongCode);
            }
        }
        {
            std::unique_ptr<DraftStore> store = openStore(where);
            QCOMPARE(store->resume(wrongCodeFor(*code), start).attemptsLeft, 1); // counted on from 3
            QCOMPARE(store->resume(wrongCodeFor(*code), start).status, DraftOpening::Status::Locked);
        }
        std::unique_ptr<DraftStore> store = openStore(where);
        const DraftOpening right = store->resume(*code, start);
        QCOMPARE(right.status, DraftOpening::Status::Locked);
        QVERIFY(right.answers.isEmpty());
    }

    // A try is counted before the slow check, so that cutting the power during the check gives no
    // free try: a try that cannot be counted is never checked, not even with the right code.
    void aTryThatCannotBeCountedIsNotChecked()
    {
        const DraftSettings where = settings();
        std::unique_ptr<DraftStore> store = openStore(where);
        Failure problem;
        const std::optional<ResumeCode> code =
            store->save(QStringLiteral("f"), QStringLiteral("s"), "Zaphod Beeblebrox", start, &problem);
        QVERIFY2(code, qPrintable(problem.staffDetail()));
        {
            // The disk refuses the count (as a full disk or a cut power would), from outside the store.
            const SideConnection side(where.path);
            QSqlQuery query(side.database());
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_count BEFORE UPDATE OF failed_attempts ON drafts"
                                              " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("counting a resume attempt failed")));
        const DraftOpening opening = store->resume(*code, start);
        QCOMPARE(opening.status, DraftOpening::Status::Failed);
        QVERIFY(opening.answers.isEmpty());
    }

    // The cost of guessing a code is pinned: scrypt N = 2^15, r = 8, p = 1 is what the terminal
    // writes into every draft (DraftService gets DraftSettings{…, {}}: the defaults).
    void theDefaultCostIsWrittenIntoEveryDraft()
    {
        QCOMPARE(KdfParameters{}, (KdfParameters{quint64(1) << 15, 8, 1}));
        const DraftSettings where = settings(KdfParameters{});
        std::unique_ptr<DraftStore> store = openStore(where);
        Failure problem;
        const std::optional<ResumeCode> code = store->save(QStringLiteral("f"), QStringLiteral("s"), "a", start, &problem);
        QVERIFY2(code, qPrintable(problem.staffDetail()));
        const SideConnection side(where.path);
        QSqlQuery query(side.database());
        QVERIFY(query.exec(QStringLiteral("SELECT kdf_n, kdf_r, kdf_p FROM drafts")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toULongLong(), quint64(32768));
        QCOMPARE(query.value(1).toUInt(), 8u);
        QCOMPARE(query.value(2).toUInt(), 1u);
    }

    // A draft sealed more cheaply than the terminal's default (an old or weakened build, or a row
    // put there by hand) is not opened, and no try is spent on it.
    void draftsBelowTheDefaultCostAreRefused_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::newRow("smaller N") << quint64(1024) << 8u << 1u;
        QTest::newRow("smaller r") << quint64(32768) << 4u << 1u;
    }

    void draftsBelowTheDefaultCostAreRefused()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        const DraftSettings weak = settings(KdfParameters{n, r, p});
        const std::optional<ResumeCode> code = savedAndClosed(weak, "Zaphod Beeblebrox");
        QVERIFY(code);
        DraftSettings terminal = weak;
        terminal.kdf = KdfParameters{};
        std::unique_ptr<DraftStore> store = openStore(terminal);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("draft refused: sealed with scrypt")));
        const DraftOpening opening = store->resume(*code, start);
        QCOMPARE(opening.status, DraftOpening::Status::Failed);
        QVERIFY(opening.answers.isEmpty());
        store.reset();
        // The same draft opens, with every try left, where the cost is the one it was written with.
        std::unique_ptr<DraftStore> sameCost = openStore(weak);
        const DraftOpening opened = sameCost->resume(*code, start);
        QCOMPARE(opened.status, DraftOpening::Status::Opened);
        QCOMPARE(opened.attemptsLeft, DraftStore::attemptsAllowed);
    }

    // A terminal that raises the cost above the default still opens the drafts it wrote before.
    void raisingTheCostKeepsOlderDraftsReadable()
    {
        const DraftSettings before = settings(KdfParameters{});
        const std::optional<ResumeCode> code = savedAndClosed(before, "a");
        QVERIFY(code);
        DraftSettings after = before;
        after.kdf = KdfParameters{quint64(1) << 16, 8, 1};
        std::unique_ptr<DraftStore> store = openStore(after);
        QCOMPARE(store->resume(*code, start).status, DraftOpening::Status::Opened);
    }

    void rightCodeResetsTheCount()
    {
        std::unique_ptr<DraftStore> store = openStore(settings());
        Failure problem;
        const std::optional<ResumeCode> code =
            store->save(QStringLiteral("f"), QStringLiteral("s"), "answers", start, &problem);
        const ResumeCode wrong = wrongCodeFor(*code);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(store->resume(wrong, start).status, DraftOpening::Status::WrongCode);
        }
        QCOMPARE(store->resume(*code, start).status, DraftOpening::Status::Opened);
        QCOMPARE(store->resume(wrong, start).attemptsLeft, 4);
    }

    void unknownCode()
    {
        std::unique_ptr<DraftStore> store = openStore(settings());
        const std::optional<ResumeCode> code = ResumeCode::generate();
        QCOMPARE(store->resume(*code, start).status, DraftOpening::Status::NotFound);
    }

    void expiredDraftsAreDeleted()
    {
        std::unique_ptr<DraftStore> store = openStore(settings());
        Failure problem;
        const std::optional<ResumeCode> kept = store->save(QStringLiteral("f"), {}, "a", start, &problem);
        const std::optional<ResumeCode> late = store->save(QStringLiteral("f"), {}, "b", start.addDays(10), &problem);
        QVERIFY2(kept && late, qPrintable(problem.staffDetail()));
        QCOMPARE(store->purgeExpired(start.addDays(30).addSecs(-1)), 0);
        QCOMPARE(store->resume(*kept, start.addDays(30).addSecs(-1)).status, DraftOpening::Status::Opened);
        QCOMPARE(store->purgeExpired(start.addDays(30)), 1); // the first one's time is up
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->resume(*kept, start.addDays(30)).status, DraftOpening::Status::NotFound);
        // Resumed after its time without a purge in between: refused and deleted on the spot.
        const DraftOpening opening = store->resume(*late, start.addDays(40));
        QCOMPARE(opening.status, DraftOpening::Status::Expired);
        QVERIFY(opening.answers.isEmpty());
        QCOMPARE(store->count(), 0);
    }

    void tamperedDraftsAreRefused_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("nonce") << QStringLiteral("nonce");
        QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
        QTest::newRow("tag") << QStringLiteral("tag");
        QTest::newRow("salt") << QStringLiteral("salt");
        QTest::newRow("form id (authenticated)") << QStringLiteral("form_id");
        QTest::newRow("expiry (authenticated)") << QStringLiteral("expires_at");
    }

    void tamperedDraftsAreRefused()
    {
        QFETCH(QString, column);
        const DraftSettings where = settings();
        std::unique_ptr<DraftStore> store = openStore(where);
        Failure problem;
        const std::optional<ResumeCode> code =
            store->save(QStringLiteral("f"), QStringLiteral("s"), "Zaphod Beeblebrox", start, &problem);
        tamper(where.path, code->draftId(), column);
        const DraftOpening opening = store->resume(*code, start);
        QCOMPARE(opening.status, DraftOpening::Status::WrongCode);
        QVERIFY(opening.answers.isEmpty());
    }

    // The privacy rule itself: answers never reach the disk in plain text, in any of SQLite's files,
    // while the store is open (WAL not yet checkpointed) and after it is closed.
    void noAnswerInPlainTextOnDisk()
    {
        const bt::forms::FormSchema schema = bt::test::smallSchema();
        bt::forms::SubmissionError error;
        const bt::forms::FormAnswers answers = distinctiveAnswers();
        const DraftSettings where = settings(KdfParameters{});
        QStringList texts;
        for (const auto& [path, values] : answers.all()) {
            texts += values.values();
        }
        QCOMPARE(texts.size(), 4);
        std::unique_ptr<DraftStore> store = openStore(where);
        Failure problem;
        for (const auto& writer : {&bt::forms::SubmissionWriter::toXml, &bt::forms::SubmissionWriter::toJson}) {
            const QByteArray serialised = *writer(schema, QStringLiteral("99999:S1"), answers, &error);
            QVERIFY(
                store->save(QStringLiteral("99999:S1"), QStringLiteral("99008001012000"), serialised, start, &problem));
        }
        const QByteArray whileOpen = rawFiles(where.path);
        QVERIFY(QFile::exists(where.path + QStringLiteral("-wal")));
        // The scan sees what is stored in the clear: the form id is, so it must be found.
        QCOMPARE(foundIn(whileOpen, {QStringLiteral("99999:S1")}).size(), 1);
        QCOMPARE(foundIn(whileOpen, texts), QStringList());
        QCOMPARE(foundIn(whileOpen, {QStringLiteral("F_NAME"), QStringLiteral("antrag")}), QStringList());
        store.reset();
        QCOMPARE(foundIn(rawFiles(where.path), texts), QStringList());
        QVERIFY(!(QFile::permissions(where.path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

    // Every file SQLite keeps for the store is the owner's alone: the database, its write-ahead
    // log and its shared memory (ciphertext, but the count of wrong codes and the expiry too).
    void everyFileIsTheOwnersAlone()
    {
        const DraftSettings where = settings();
        std::unique_ptr<DraftStore> store = openStore(where);
        Failure problem;
        QVERIFY2(store->save(QStringLiteral("f"), QStringLiteral("s"), "a", start, &problem),
                 qPrintable(problem.staffDetail()));
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString file = where.path + suffix;
            QVERIFY2(QFile::exists(file), qPrintable(file));
            // (Qt reports the owner's bits twice, as "owner" and as "user" when the test owns it.)
            const QFileDevice::Permissions others = QFile::permissions(file) & ~(ownerOnly | QFileDevice::ReadUser |
                                                                                  QFileDevice::WriteUser);
            QVERIFY2(others == QFileDevice::Permissions(), qPrintable(file));
        }
    }

    void storeThatCannotBeOpened()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Failure failure;
        QVERIFY(!DraftStore::open(DraftSettings{blocker.fileName() + QStringLiteral("/drafts.sqlite"), 30, cheap},
                                  &failure));
        QCOMPARE(failure.code(), Failure::Code::Draft_StoreUnavailable);
        QVERIFY2(failure.staffDetail().contains(blocker.fileName()), qPrintable(failure.staffDetail()));
    }
};

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_DraftStore.moc"
