#include "TypoIndex.h"

#include <QSet>

#include <algorithm>

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
    // Three rows of the optimal-string-alignment matrix.
    std::vector<int> previous2(static_cast<std::size_t>(m + 1));
    std::vector<int> previous(static_cast<std::size_t>(m + 1));
    std::vector<int> current(static_cast<std::size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j) {
        previous[static_cast<std::size_t>(j)] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const auto J = static_cast<std::size_t>(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, previous2[J - 2] + 1);
            }
            current[J] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit) {
            return limit + 1;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(m)];
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

std::vector<TypoIndex::Match> TypoIndex::lookup(const QString& word, int maxDistance, int limit) const
{
    std::vector<Match> matches;
    if (maxDistance <= 0) {
        return matches;
    }
    const QString head = word.left(prefixLength);
    QSet<QString> keys{head};
    deletions(head, maxDistance, keys);
    QSet<int> seen;
    for (const QString& key : keys) {
        const auto found = m_byDeletion.constFind(key);
        if (found == m_byDeletion.constEnd()) {
            continue;
        }
        for (const int index : *found) {
            if (seen.contains(index)) {
                continue;
            }
            seen.insert(index);
            const QString& candidate = m_words[index];
            const int d = distance(word, candidate, maxDistance);
            // The candidate must be close enough for its own length too ("amt" is no typo of "amts").
            if (d <= maxDistance && d <= allowedDistance(candidate.size()) && candidate != word) {
                matches.push_back({candidate, d, m_frequencies[static_cast<std::size_t>(index)]});
            }
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return a.distance != b.distance ? a.distance < b.distance : a.frequency > b.frequency;
    });
    if (static_cast<int>(matches.size()) > limit) {
        matches.resize(static_cast<std::size_t>(limit));
    }
    return matches;
}

} // namespace bt::app
