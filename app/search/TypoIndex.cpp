#include "TypoIndex.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace bt::app {

int TypoIndex::allowedDistance(qsizetype length)
{
    if (length >= 8) {
        return 2;
    }
    return length >= 4 ? 1 : 0;
}

int TypoIndex::distance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    // Three rows of the optimal-string-alignment matrix, on the stack for words of normal
    // length: this runs for every candidate of every keystroke.
    constexpr qsizetype stackLength = 64;
    std::array<int, stackLength + 1> stackRows[3];
    std::vector<int> heapRows;
    int* previous2 = stackRows[0].data();
    int* previous = stackRows[1].data();
    int* current = stackRows[2].data();
    if (m > stackLength) {
        heapRows.resize(static_cast<std::size_t>(3 * (m + 1)));
        previous2 = heapRows.data();
        previous = previous2 + m + 1;
        current = previous + m + 1;
    }
    for (qsizetype j = 0; j <= m; ++j) {
        previous[j] = static_cast<int>(j);
        previous2[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit) {
            return limit + 1;
        }
        int* oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    return previous[m];
}

void TypoIndex::deletions(const QString& word, int depth, QSet<QString>& out)
{
    if (depth == 0 || word.size() <= 1) {
        return;
    }
    for (qsizetype i = 0; i < word.size(); ++i) {
        QString shorter = word;
        shorter.remove(i, 1);
        if (!out.contains(shorter)) {
            out.insert(shorter);
            deletions(shorter, depth - 1, out);
        }
    }
}

void TypoIndex::add(const QString& word, int frequency)
{
    const int maxDistance = allowedDistance(word.size());
    if (maxDistance == 0) {
        return;
    }
    const int index = static_cast<int>(m_words.size());
    m_words.append(word);
    m_frequencies.push_back(frequency);
    const QString head = word.left(prefixLength);
    QSet<QString> keys{head};
    deletions(head, maxDistance, keys);
    for (const QString& key : keys) {
        m_byDeletion[key].push_back(index);
    }
}

template <typename Verify>
std::vector<TypoIndex::Match> TypoIndex::find(const QString& word, int maxDistance, int limit, Verify verify) const
{
    std::vector<Match> matches;
    if (maxDistance <= 0) {
        return matches;
    }
    const QString head = word.left(prefixLength);
    QSet<QString> keys{head};
    deletions(head, maxDistance, keys);
    QSet<int> seen;
    QSet<QString> found;
    for (const QString& key : keys) {
        const auto bucket = m_byDeletion.constFind(key);
        if (bucket == m_byDeletion.constEnd()) {
            continue;
        }
        for (const int index : *bucket) {
            if (seen.contains(index)) {
                continue;
            }
            seen.insert(index);
            if (std::optional<Match> match = verify(m_words[index], m_frequencies[static_cast<std::size_t>(index)]);
                match && !found.contains(match->word)) {
                found.insert(match->word);
                matches.push_back(*match);
            }
        }
    }
    // Buckets come in hash order, which differs from run to run; equally good corrections are
    // ordered by spelling so that the same keystrokes always give the same results.
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        if (a.distance != b.distance) {
            return a.distance < b.distance;
        }
        return a.frequency != b.frequency ? a.frequency > b.frequency : a.word < b.word;
    });
    if (static_cast<int>(matches.size()) > limit) {
        matches.resize(static_cast<std::size_t>(limit));
    }
    return matches;
}

std::vector<TypoIndex::Match> TypoIndex::lookup(const QString& word, int maxDistance, int limit) const
{
    return find(word, maxDistance, limit, [&](const QString& candidate, int frequency) -> std::optional<Match> {
        const int d = distance(word, candidate, maxDistance);
        // The candidate must be close enough for its own length too ("amt" is no typo of "amts").
        if (d <= maxDistance && d <= allowedDistance(candidate.size()) && candidate != word) {
            return Match{candidate, d, frequency};
        }
        return std::nullopt;
    });
}

std::vector<TypoIndex::Match> TypoIndex::lookupBeginning(const QString& word, int maxDistance, int limit) const
{
    return find(word, maxDistance, limit, [&](const QString& candidate, int frequency) -> std::optional<Match> {
        // Compare with the candidate's beginnings of about the typed length (a letter more or less).
        std::optional<Match> best;
        for (qsizetype length = word.size() - 1; length <= word.size() + 1; ++length) {
            if (length < 1 || length > candidate.size()) {
                continue;
            }
            const QString beginning = candidate.left(length);
            const int d = distance(word, beginning, maxDistance);
            if (d <= maxDistance && beginning != word && (!best || d < best->distance)) {
                best = Match{beginning, d, frequency};
            }
        }
        return best;
    });
}

} // namespace bt::app
