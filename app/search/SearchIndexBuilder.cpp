#include "SearchIndexBuilder.h"

#include "Catalog.h"
#include "Decompounder.h"
#include "GermanText.h"
#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace bt::app {

namespace {

const QStringList indexedLanguages{QStringLiteral("de"), QStringLiteral("en")};

struct Document
{
    QString service;
    QString language;
    QString themenfeld;
    double popularity = 0;
    QString name;
    QString synonyms;
    QString parts;
    QString description;
};

struct Word
{
    QString surface; // as first written in the catalog, for "did you mean"
    int frequency = 0;
};

void addWords(const QString& text, QHash<QString, Word>& vocabulary)
{
    const QStringList originals =
        text.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
    for (const QString& original : originals) {
        for (const QString& word : GermanText::words(original)) {
            if (word.size() < Decompounder::minimumPartLength) {
                continue;
            }
            Word& entry = vocabulary[word];
            if (entry.surface.isEmpty()) {
                entry.surface = original;
            }
            ++entry.frequency;
        }
    }
}

QString join(const std::vector<LocalizedText>& texts, const QString& language)
{
    QStringList parts;
    for (const LocalizedText& text : texts) {
        parts.append(text.in(language));
    }
    return parts.join(u' ');
}

// An SQLite connection that is closed and removed however the function leaves.
class Connection
{
public:
    explicit Connection(const QString& path)
        : m_name(QStringLiteral("bt-search-build-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QString storedFingerprint(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return {};
    }
    QString fingerprint;
    {
        Connection connection(path);
        QSqlDatabase database = connection.database();
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'fingerprint'")) && query.next()) {
                fingerprint = query.value(0).toString();
            }
            database.close();
        }
    }
    return fingerprint;
}

bool notBuilt(Failure* failure, const QString& detail)
{
    *failure = Failure(Failure::Code::Search_IndexNotBuilt, detail);
    return false;
}

bool exec(QSqlQuery& query, const QString& statement, Failure* failure)
{
    if (!query.exec(statement)) {
        return notBuilt(failure, QStringLiteral("%1: %2").arg(statement.left(40), query.lastError().text()));
    }
    return true;
}

} // namespace

bool SearchIndexBuilder::ensure(
    const QString& path, const Catalog& catalog, const QStringList& popular, Failure* failure, bool* rebuilt)
{
    if (rebuilt) {
        *rebuilt = false;
    }
    // The vocabulary: every word of the catalog, in both languages.
    QHash<QString, Word> vocabulary;
    for (const Service& service : catalog.services()) {
        for (const QString& language : indexedLanguages) {
            addWords(service.name.in(language), vocabulary);
            addWords(service.plainName.in(language), vocabulary);
            addWords(service.synonyms.value(language).join(u' '), vocabulary);
            addWords(service.description.in(language), vocabulary);
            addWords(join(service.prerequisites, language), vocabulary);
            addWords(join(service.documents, language), vocabulary);
        }
    }
    QSet<QString> known;
    for (auto it = vocabulary.cbegin(); it != vocabulary.cend(); ++it) {
        known.insert(it.key());
    }
    const Decompounder decompounder(known);

    std::vector<Document> documents;
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    fingerprint.addData(QByteArray::number(formatVersion));
    fingerprint.addData(popular.join(u',').toUtf8());
    for (const Service& service : catalog.services()) {
        const qsizetype rank = popular.indexOf(service.key);
        const double popularity =
            rank < 0 ? 0.0 : 1.0 - static_cast<double>(rank) / static_cast<double>(popular.size());
        for (const QString& language : indexedLanguages) {
            Document document{service.key, language, service.themenfeld, popularity, {}, {}, {}, {}};
            document.name = GermanText::fold(service.name.in(language) + u' ' + service.plainName.in(language));
            document.synonyms = GermanText::fold(service.synonyms.value(language).join(u' '));
            QStringList parts;
            for (const QString& word : (document.name + u' ' + document.synonyms).split(u' ', Qt::SkipEmptyParts)) {
                for (const QString& part : decompounder.parts(word)) {
                    if (!parts.contains(part)) {
                        parts.append(part);
                    }
                }
            }
            document.parts = parts.join(u' ');
            document.description = GermanText::fold(service.description.in(language));
            for (const QString* field :
                 {&document.service, &document.name, &document.synonyms, &document.parts, &document.description}) {
                fingerprint.addData(field->toUtf8());
                fingerprint.addData("\x1f");
            }
            documents.push_back(std::move(document));
        }
    }
    // Most popular first: the row order is the order of hits where a query is too broad to rank.
    std::stable_sort(documents.begin(), documents.end(), [](const Document& a, const Document& b) {
        return a.popularity > b.popularity;
    });
    const QString newFingerprint = QString::fromLatin1(fingerprint.result().toHex());
    if (storedFingerprint(path) == newFingerprint) {
        return true;
    }

    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    {
        Connection connection(temporary);
        QSqlDatabase database = connection.database();
        if (!database.open()) {
            return notBuilt(failure, QStringLiteral("%1: %2").arg(temporary, database.lastError().text()));
        }
        QSqlQuery query(database);
        // Every keystroke asks for the beginning of a word, and compound parts are asked for as
        // beginnings too ("aufenthalt*"). Without a prefix index for its length, FTS5 merges the
        // lists of all words that begin so on each query (bm25 even once more, to count them);
        // up to 12 letters covers nearly all parts and costs 3 % more index than up to 8.
        const bool schema =
            exec(query, QStringLiteral("PRAGMA journal_mode = OFF"), failure) &&
            exec(query, QStringLiteral("CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT NOT NULL)"), failure) &&
            exec(query,
                 QStringLiteral("CREATE TABLE docs(id INTEGER PRIMARY KEY, service TEXT NOT NULL, lang TEXT NOT NULL, "
                                "themenfeld TEXT NOT NULL, popularity REAL NOT NULL)"),
                 failure) &&
            exec(query,
                 QStringLiteral("CREATE VIRTUAL TABLE docs_fts USING fts5(name, synonyms, parts, description, "
                                "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4 5 6 7 8 9 10 11 12')"),
                 failure) &&
            exec(query,
                 QStringLiteral("CREATE TABLE words(word TEXT PRIMARY KEY, surface TEXT NOT NULL, frequency INTEGER "
                                "NOT NULL) WITHOUT ROWID"),
                 failure) &&
            exec(query, QStringLiteral("BEGIN"), failure);
        if (!schema) {
            return false;
        }
        QSqlQuery insertDoc(database);
        insertDoc.prepare(
            QStringLiteral("INSERT INTO docs(id, service, lang, themenfeld, popularity) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery insertText(database);
        insertText.prepare(
            QStringLiteral("INSERT INTO docs_fts(rowid, name, synonyms, parts, description) VALUES (?, ?, ?, ?, ?)"));
        qint64 id = 0;
        for (const Document& document : documents) {
            ++id;
            insertDoc.addBindValue(id);
            insertDoc.addBindValue(document.service);
            insertDoc.addBindValue(document.language);
            insertDoc.addBindValue(document.themenfeld);
            insertDoc.addBindValue(document.popularity);
            insertText.addBindValue(id);
            insertText.addBindValue(document.name);
            insertText.addBindValue(document.synonyms);
            insertText.addBindValue(document.parts);
            insertText.addBindValue(document.description);
            if (!insertDoc.exec() || !insertText.exec()) {
                return notBuilt(failure,
                                insertDoc.lastError().isValid() ? insertDoc.lastError().text()
                                                                : insertText.lastError().text());
            }
        }
        QSqlQuery insertWord(database);
        insertWord.prepare(QStringLiteral("INSERT INTO words(word, surface, frequency) VALUES (?, ?, ?)"));
        for (auto it = vocabulary.cbegin(); it != vocabulary.cend(); ++it) {
            insertWord.addBindValue(it.key());
            insertWord.addBindValue(it.value().surface);
            insertWord.addBindValue(it.value().frequency);
            if (!insertWord.exec()) {
                return notBuilt(failure, insertWord.lastError().text());
            }
        }
        QSqlQuery meta(database);
        meta.prepare(QStringLiteral("INSERT INTO meta(name, value) VALUES (?, ?)"));
        for (const auto& [name, value] : {std::pair{QStringLiteral("fingerprint"), newFingerprint},
                                          std::pair{QStringLiteral("catalogVersion"), catalog.catalogVersion()},
                                          std::pair{QStringLiteral("formatVersion"), QString::number(formatVersion)}}) {
            meta.addBindValue(name);
            meta.addBindValue(value);
            if (!meta.exec()) {
                return notBuilt(failure, meta.lastError().text());
            }
        }
        if (!exec(query, QStringLiteral("COMMIT"), failure) ||
            !exec(query, QStringLiteral("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')"), failure)) {
            return false;
        }
        database.close();
    }
    // rename() replaces the old file in one step on POSIX file systems.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        return notBuilt(failure, QStringLiteral("cannot move %1 to %2").arg(temporary, path));
    }
    qCInfo(lcAppSearch) << "search index built:" << documents.size() << "documents," << vocabulary.size() << "words";
    if (rebuilt) {
        *rebuilt = true;
    }
    return true;
}

} // namespace bt::app
