#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace bt::app {

// Finds the known words within a small edit distance of a misspelt word, fast enough for every
// keystroke: each known word is stored under all its one- and two-letter deletions
// (symmetric delete, as in SymSpell), so a lookup only generates the deletions of the query.
// Only the first letters are indexed that way, which keeps memory small for long compounds;
// candidates are then checked against the whole word.
class TypoIndex
{
public:
    static constexpr qsizetype prefixLength = 7;

    struct Match
    {
        QString word;
        int distance = 0;
        int frequency = 0;
    };

    // The allowed distance for a word of this length: 0 below 4 letters, 1 from 4, 2 from 8.
    [[nodiscard]] static int allowedDistance(qsizetype length);
    // Optimal string alignment distance (a swap of neighbours counts as one edit).
    [[nodiscard]] static int distance(QStringView a, QStringView b, int limit);

    void add(const QString& word, int frequency);
    // Known words within `maxDistance` of `word`, closest and most frequent first.
    [[nodiscard]] std::vector<Match> lookup(const QString& word, int maxDistance, int limit = 5) const;
    // For a word still being typed: beginnings of known words within `maxDistance` of it
    // ("fuerersch" → "fuehrersch", the beginning of "fuehrerschein"). Match::word is the beginning.
    [[nodiscard]] std::vector<Match> lookupBeginning(const QString& word, int maxDistance, int limit = 5) const;
    [[nodiscard]] qsizetype size() const { return m_words.size(); }

private:
    template <typename Verify>
    [[nodiscard]] std::vector<Match> find(const QString& word, int maxDistance, int limit, Verify verify) const;
    static void deletions(const QString& word, int depth, QSet<QString>& out);

    QStringList m_words;
    std::vector<int> m_frequencies;
    QHash<QString, std::vector<int>> m_byDeletion;
};

} // namespace bt::app
