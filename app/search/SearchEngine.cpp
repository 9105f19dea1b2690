#include "SearchEngine.h"

#include "GermanText.h"
#include "Logging.h"
#include "SearchIndexBuilder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <map>
#include <utility>

namespace bt::app {

namespace {

QString quoted(const QString& word)
{
    // Folded words hold only letters, digits and no quotes; quoting keeps "and", "or", "not" literal.
    return u'"' + word + u'"';
}

} // namespace

SearchEngine::SearchEngine()
    : m_connection(QStringLiteral("bt-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SearchEngine::~SearchEngine()
{
    m_ranked.reset();
    m_unranked.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen()) {
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SearchEngine::open(const QString& indexPath, Failure* failure)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(indexPath);
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!database.open()) {
        *failure = Failure(Failure::Code::Search_IndexUnavailable,
                           QStringLiteral("%1: %2").arg(indexPath, database.lastError().text()));
        return false;
    }
    QSqlQuery words(database);
    if (!words.exec(QStringLiteral("SELECT word, surface, frequency FROM words ORDER BY word"))) {
        *failure = Failure(Failure::Code::Search_IndexUnavailable,
                           QStringLiteral("%1: not a search index (%2)").arg(indexPath, words.lastError().text()));
        return false;
    }
    QSet<QString> known;
    while (words.next()) {
        const QString word = words.value(0).toString();
        const int frequency = words.value(2).toInt();
        m_sortedWords.append(word);
        m_surface.insert(word, words.value(1).toString());
        m_frequency.insert(word, frequency);
        m_typos.add(word, frequency);
        known.insert(word);
    }
    m_decompounder.setKnownWords(known);
    m_decompounder.setPrefixCheck([this](const QString& part) { return hasPrefix(part); });
    m_decompounder.setStrict(true);
    QSqlQuery popular(database);
    if (popular.exec(QStringLiteral("SELECT themenfeld FROM docs GROUP BY themenfeld "
                                    "ORDER BY SUM(popularity) DESC, COUNT(*) DESC LIMIT 4"))) {
        while (popular.next()) {
            m_popularThemenfelder.append(popular.value(0).toString());
        }
    }
    // Words that stand in a large share of all services ("antrag", "beratung") say little.
    QSqlQuery documents(database);
    if (documents.exec(QStringLiteral("SELECT COUNT(DISTINCT service) FROM docs")) && documents.next()) {
        m_genericFrequency = qMax(12, documents.value(0).toInt() / 8);
    }
    // Column weights: name 10, synonyms 6, compound parts 3, description 1; popularity breaks ties.
    // Rank inside FTS5 first and join only the best: joining every match cost most of the time.
    // Only documents up to the rankedMatches-th match are ranked (rows are in popularity order).
    m_ranked = std::make_unique<QSqlQuery>(database);
    m_unranked = std::make_unique<QSqlQuery>(database);
    if (!m_ranked->prepare(
            QStringLiteral("SELECT docs.service, docs.themenfeld, ranked.relevance - docs.popularity AS score "
                           "FROM (SELECT rowid, bm25(docs_fts, 10.0, 6.0, 3.0, 1.0) AS relevance FROM docs_fts "
                           "WHERE docs_fts MATCH ? AND rowid <= coalesce((SELECT rowid FROM docs_fts WHERE docs_fts "
                           "MATCH ? LIMIT 1 OFFSET ?), 9223372036854775807) ORDER BY relevance LIMIT ?) AS ranked "
                           "JOIN docs ON docs.id = ranked.rowid ORDER BY score")) ||
        !m_unranked->prepare(QStringLiteral("SELECT docs.service, docs.themenfeld, docs.id FROM "
                                            "(SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? LIMIT ?) AS matched "
                                            "JOIN docs ON docs.id = matched.rowid ORDER BY docs.id"))) {
        *failure = Failure(
            Failure::Code::Search_IndexUnavailable,
            QStringLiteral("%1: not a search index (%2)")
                .arg(indexPath, (m_ranked->lastError().isValid() ? *m_ranked : *m_unranked).lastError().text()));
        return false;
    }
    qCInfo(lcAppSearch) << "search index opened:" << m_sortedWords.size() << "words";
    return true;
}

bool SearchEngine::isGeneric(const QString& word) const
{
    return m_frequency.value(word) >= m_genericFrequency;
}

QString SearchEngine::knownHead(const QString& token) const
{
    // The longest beginning of the word that also begins a known word: "maklerlizenz" → "makler",
    // "schadstoffsammlung" → "schadstoff". Only when it is a good part of the word.
    const qsizetype minimum = qMax<qsizetype>(4, (token.size() * 2 + 4) / 5);
    for (qsizetype length = token.size() - 1; length >= minimum; --length) {
        const QString head = token.left(length);
        if (hasPrefix(head)) {
            return head;
        }
    }
    return {};
}

std::unique_ptr<SearchEngine> SearchEngine::openFor(
    const Catalog& catalog, const QString& indexPath, const QStringList& popular, Failure* failure, bool* rebuilt)
{
    auto engine = std::make_unique<SearchEngine>();
    if (!SearchIndexBuilder::ensure(indexPath, catalog, popular, failure, rebuilt) ||
        !engine->open(indexPath, failure)) {
        return nullptr;
    }
    return engine;
}

bool SearchEngine::hasPrefix(const QString& prefix) const
{
    const auto found = std::lower_bound(m_sortedWords.cbegin(), m_sortedWords.cend(), prefix);
    return found != m_sortedWords.cend() && found->startsWith(prefix);
}

SearchEngine::TokenMatch SearchEngine::matchToken(const QString& token, bool isLast) const
{
    TokenMatch match;
    // A single letter in the middle of a query says nothing; as the last word it is a prefix.
    if (token.size() < 2 && !isLast) {
        return match;
    }
    const bool prefixKnown = hasPrefix(token);
    if (prefixKnown) {
        // Not the last word: the word must be complete, or a stem of a longer word (anmeld → anmeldung).
        match.alternatives.append(quoted(token) + (isLast || token.size() >= 4 ? QStringLiteral("*") : QString()));
    }
    const QString stem = GermanText::stem(token);
    if (stem != token && hasPrefix(stem)) {
        match.alternatives.append(quoted(stem) + u'*');
    }
    if (!m_frequency.contains(token) && token.size() >= 2 * Decompounder::minimumPartLength) {
        for (const QStringList& split : m_decompounder.splits(token, 3)) {
            // Parts as stems, so that "verlaengerung" also finds "verlaengern"; and once more
            // without the generic parts ("baumfaellantrag" is about Baum and Fällen, not Antrag).
            QStringList parts;
            QStringList specific;
            for (const QString& part : split) {
                // Three-letter parts as whole words: "ein*" would match half the catalog.
                const QString term = part.size() <= Decompounder::minimumPartLength
                                         ? quoted(part)
                                         : quoted(GermanText::stem(part)) + u'*';
                parts.append(term);
                if (!isGeneric(part)) {
                    specific.append(term);
                }
            }
            match.alternatives.append(u'(' + parts.join(QStringLiteral(" AND ")) + u')');
            if (!specific.isEmpty() && specific.size() < parts.size()) {
                match.alternatives.append(u'(' + specific.join(QStringLiteral(" AND ")) + u')');
            }
        }
        if (!prefixKnown) {
            if (const QString head = knownHead(token); !head.isEmpty() && !isGeneric(head)) {
                match.alternatives.append(quoted(head) + u'*');
            }
        }
    }
    if (!prefixKnown) {
        const int allowed = TypoIndex::allowedDistance(token.size());
        const std::vector<TypoIndex::Match> typos = m_typos.lookup(token, allowed, 3);
        for (const TypoIndex::Match& typo : typos) {
            match.alternatives.append(quoted(typo.word) + (isLast ? QStringLiteral("*") : QString()));
        }
        if (!typos.empty()) {
            match.correction = typos.front().word;
        }
        // The word being typed may be a misspelt beginning ("Fürersch" → Führerschein).
        if (isLast && typos.empty()) {
            for (const TypoIndex::Match& typo : m_typos.lookupBeginning(token, allowed, 2)) {
                match.alternatives.append(quoted(typo.word) + u'*');
            }
        }
    }
    return match;
}

std::vector<SearchHit>
SearchEngine::collect(QSqlQuery& query, const QVariantList& values, const QString& cacheKey, int limit) const
{
    if (const std::vector<SearchHit>* recent = m_recentResults.object(cacheKey)) {
        return *recent;
    }
    std::vector<SearchHit> hits;
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values[i]);
    }
    if (!query.exec()) {
        qCWarning(lcAppSearch) << "search query failed:" << query.lastError().text();
        query.finish();
        return hits;
    }
    QSet<QString> seen;
    while (query.next() && static_cast<int>(hits.size()) < limit) {
        const QString service = query.value(0).toString();
        if (seen.contains(service)) {
            continue; // the other language of a service already listed, with a better score
        }
        seen.insert(service);
        hits.push_back({service, query.value(1).toString(), query.value(2).toDouble()});
    }
    query.finish(); // resets the statement for the next keystroke
    m_recentResults.insert(cacheKey, new std::vector<SearchHit>(hits));
    return hits;
}

std::vector<SearchHit> SearchEngine::run(const QString& expression, int limit) const
{
    if (!m_ranked) {
        return {};
    }
    // Rows: two languages per service, and room for grouping.
    return collect(*m_ranked,
                   {expression, expression, rankedMatches - 1, limit * 4},
                   QStringLiteral("ranked/%1/%2").arg(limit).arg(expression),
                   limit);
}

std::vector<SearchHit> SearchEngine::runUnranked(const QString& expression, int limit) const
{
    if (!m_unranked) {
        return {};
    }
    return collect(
        *m_unranked, {expression, limit * 4}, QStringLiteral("unranked/%1/%2").arg(limit).arg(expression), limit);
}

int SearchEngine::breadth(const QString& token) const
{
    int total = 0;
    auto word = std::lower_bound(m_sortedWords.cbegin(), m_sortedWords.cend(), token);
    for (int seen = 0; word != m_sortedWords.cend() && word->startsWith(token) && seen < 500; ++word, ++seen) {
        total += m_frequency.value(*word);
    }
    return total;
}

QStringList SearchEngine::fallbackThemenfelder(const QStringList& tokens) const
{
    // Any word with a relaxed match (typos of short words too) points at its Themenfelder.
    QStringList groups;
    for (const QString& token : tokens) {
        QStringList alternatives;
        if (token.size() >= 3 && hasPrefix(token.left(3))) {
            alternatives.append(quoted(token.left(3)) + u'*');
        }
        for (const TypoIndex::Match& typo : m_typos.lookup(token, 2, 3)) {
            alternatives.append(quoted(typo.word));
        }
        if (!alternatives.isEmpty()) {
            groups.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
        }
    }
    std::map<QString, int> counts;
    if (!groups.isEmpty()) {
        for (const SearchHit& hit :
             runUnranked(QStringLiteral("{name synonyms} : (") + groups.join(QStringLiteral(" OR ")) + u')', 30)) {
            ++counts[hit.themenfeld];
        }
    }
    QStringList themenfelder;
    std::vector<std::pair<QString, int>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [themenfeld, count] : ranked) {
        themenfelder.append(themenfeld);
    }
    // Never an empty page: the Themenfelder with the most asked-for services.
    if (themenfelder.isEmpty()) {
        themenfelder = m_popularThemenfelder;
    }
    return themenfelder.mid(0, 4);
}

SearchOutcome SearchEngine::search(const QString& query, int limit) const
{
    SearchOutcome outcome;
    QStringList tokens = GermanText::words(query);
    QStringList meaningful;
    for (const QString& token : tokens) {
        if (!GermanText::isStopword(token)) {
            meaningful.append(token);
        }
    }
    if (!meaningful.isEmpty()) {
        tokens = meaningful;
    }
    // Single letters in the middle ("father's" → father, s) carry nothing.
    if (tokens.size() > 1) {
        tokens.removeIf([](const QString& token) { return token.size() < 2; });
    }
    // Still typing the first letters of a word: one or two letters match nearly everything and
    // say little (and cost most). A single letter alone asks for more; after other words, a word
    // of one or two letters is left out until it grows.
    if (tokens.size() == 1 && tokens.front().size() < 2) {
        return outcome;
    }
    if (tokens.size() > 1 && tokens.back().size() < 3) {
        tokens.removeLast();
    }
    if (tokens.isEmpty()) {
        return outcome;
    }
    QStringList groups;
    QStringList groupTokens; // the word each group stands for
    QStringList corrected;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TokenMatch match = matchToken(tokens[i], i == tokens.size() - 1);
        if (!match.alternatives.isEmpty()) {
            groups.append(u'(' + match.alternatives.join(QStringLiteral(" OR ")) + u')');
            groupTokens.append(tokens[i]);
        }
        corrected.append(match.correction.isEmpty() ? tokens[i] : m_surface.value(match.correction, match.correction));
    }
    if (groups.size() == 1 && tokens.size() == 1 && tokens.front().size() <= 3) {
        // The first letters of a single word: names and synonyms that begin so, most popular first.
        outcome.hits = runUnranked(QStringLiteral("{name synonyms} : ") + groups.front(), limit);
    } else if (!groups.isEmpty()) {
        // Names, synonyms and compound parts first: ranking every description that mentions a
        // common word is what makes a search slow, and such hits rank lower anyway.
        const QString all = groups.join(QStringLiteral(" AND "));
        outcome.hits = run(QStringLiteral("{name synonyms parts} : (") + all + u')', limit);
        if (static_cast<int>(outcome.hits.size()) < qMin(limit, 3)) {
            outcome.hits = run(all, limit);
        }
        // Long everyday sentences rarely match in every word: then rank by how many of the three
        // most telling words match (all words would make the query slow and vague).
        if (outcome.hits.empty() && groups.size() > 1) {
            // breadth() only here: most keystrokes never need it.
            std::vector<std::pair<int, QString>> byRarity;
            for (qsizetype i = 0; i < groups.size(); ++i) {
                byRarity.emplace_back(breadth(groupTokens[i]), groups[i]);
            }
            std::stable_sort(
                byRarity.begin(), byRarity.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            // The rarest word always counts; a much broader one would bury the documents of the
            // rarer ones among thousands to rank ("register" stands in a third of a large catalog,
            // "father" and "death" in a few services).
            QStringList telling;
            for (std::size_t i = 0; i < byRarity.size() && i < 3; ++i) {
                if (i > 0 && byRarity[i].first > fallbackBreadth) {
                    break;
                }
                telling.append(byRarity[i].second);
            }
            outcome.hits = run(telling.join(QStringLiteral(" OR ")), limit);
        }
    }
    if (corrected != tokens) {
        outcome.didYouMean = corrected.join(u' ');
    }
    if (outcome.hits.empty()) {
        outcome.themenfelder = fallbackThemenfelder(tokens);
    }
    return outcome;
}

} // namespace bt::app
