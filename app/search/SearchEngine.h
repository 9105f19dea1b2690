#pragma once

#include "Decompounder.h"
#include "Failure.h"
#include "TypoIndex.h"

#include <QCache>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace bt::app {

class Catalog;

struct SearchHit
{
    QString serviceKey;
    QString themenfeld;
    double score = 0; // lower is better (bm25)
};

struct SearchOutcome
{
    std::vector<SearchHit> hits;
    QString didYouMean;       // a corrected query that finds something, when the typed one had typos
    QStringList themenfelder; // where to look when nothing matched (never empty then)
};

// Answers what a citizen types, after every keystroke: folds it like the index, treats the
// last word as a prefix, allows typos (one edit from 4 letters, two from 8), splits compounds,
// drops filler words, and ranks name over synonyms over description, then popularity.
// Runs on one thread (the search worker or the command line).
class SearchEngine
{
public:
    SearchEngine();
    ~SearchEngine();
    SearchEngine(const SearchEngine&) = delete;
    SearchEngine& operator=(const SearchEngine&) = delete;

    // Fails with Search_IndexUnavailable.
    [[nodiscard]] bool open(const QString& indexPath, Failure* failure);
    // Builds the index of the catalog at indexPath if it is missing or out of date, then opens it.
    [[nodiscard]] static std::unique_ptr<SearchEngine> openFor(const Catalog& catalog,
                                                               const QString& indexPath,
                                                               const QStringList& popular,
                                                               Failure* failure,
                                                               bool* rebuilt = nullptr);
    [[nodiscard]] SearchOutcome search(const QString& query, int limit = 20) const;
    // The recent answers are kept by what was typed: they belong to one citizen's session.
    void forgetRecentQueries() { m_recentResults.clear(); }
    [[nodiscard]] qsizetype recentQueryCount() const { return m_recentResults.count(); }

private:
    // bm25 costs about a microsecond per matching document: a word beginning that matches
    // thousands ("fuer", "regis") is ranked among its most popular matches only, which keeps a
    // keystroke within its 2 ms. The shipped catalog (213 services, 426 documents) never reaches it.
    static constexpr int rankedMatches = 500;
    // How broad (see breadth()) a word of the sentence fallback may be, unless it is the rarest.
    static constexpr int fallbackBreadth = 2500;

    struct TokenMatch
    {
        QStringList alternatives; // FTS5 expressions, OR-ed
        QString correction;       // best typo correction, if the word itself is unknown
    };

    [[nodiscard]] TokenMatch matchToken(const QString& token, bool isLast) const;
    [[nodiscard]] bool hasPrefix(const QString& prefix) const;
    [[nodiscard]] bool isGeneric(const QString& word) const;
    [[nodiscard]] QString knownHead(const QString& token) const;
    // Ranks the matches of an FTS5 expression; where more than rankedMatches documents match,
    // only the first (most popular) of them.
    [[nodiscard]] std::vector<SearchHit> run(const QString& expression, int limit) const;
    // Runs one of the two prepared queries with these values and keeps the first row of each
    // service; answers from the recent results when it can.
    [[nodiscard]] std::vector<SearchHit>
    collect(QSqlQuery& query, const QVariantList& values, const QString& cacheKey, int limit) const;
    // For the first letters of a single word: matches in index order (most popular first),
    // without ranking, which would have to score thousands of documents.
    [[nodiscard]] std::vector<SearchHit> runUnranked(const QString& expression, int limit) const;
    // How much of the catalog a word (or word beginning) matches: the smaller, the more telling.
    [[nodiscard]] int breadth(const QString& token) const;
    [[nodiscard]] QStringList fallbackThemenfelder(const QStringList& tokens) const;

    QString m_connection;
    // Prepared once in open(): preparing an FTS5 query costs about as much as a narrow one runs.
    // Mutable because a search only reads; the engine is used by one thread.
    mutable std::unique_ptr<QSqlQuery> m_ranked;
    mutable std::unique_ptr<QSqlQuery> m_unranked;
    // Recent answers by query and FTS5 expression. Consecutive keystrokes often ask the same
    // ("register", "register my", "register my f"), and backspace asks again what was asked.
    mutable QCache<QString, std::vector<SearchHit>> m_recentResults{64};
    QStringList m_sortedWords;
    QHash<QString, QString> m_surface;
    QHash<QString, int> m_frequency;
    TypoIndex m_typos;
    Decompounder m_decompounder;
    int m_genericFrequency = 12;
    QStringList m_popularThemenfelder; // where to start when nothing matches
};

} // namespace bt::app
