#include "Decompounder.h"

#include "GermanText.h"

#include <algorithm>

namespace bt::app {

namespace {
// Fugenelemente: what German puts between the parts of a compound (Hund-e-steuer, Geburt-s-urkunde).
const char* const linkingElements[] = {"", "s", "es", "e", "n", "en", "er"};
} // namespace

Decompounder::Decompounder(QSet<QString> knownWords)
    : m_known(std::move(knownWords))
{}

std::vector<QStringList> Decompounder::splits(const QString& word, int limit) const
{
    std::vector<QStringList> out;
    QStringList current;
    collect(word, 0, current, out, limit);
    std::sort(out.begin(), out.end(), [](const QStringList& a, const QStringList& b) { return a.size() < b.size(); });
    return out;
}

void Decompounder::collect(
    const QString& word, qsizetype from, QStringList& current, std::vector<QStringList>& out, int limit) const
{
    if (static_cast<int>(out.size()) >= limit) {
        return;
    }
    const qsizetype rest = word.size() - from;
    const qsizetype minimum = m_strict ? minimumPartLength + 1 : minimumPartLength;
    const auto acceptable = [this](const QString& part) { return !m_strict || !GermanText::isStopword(part); };
    if (m_strict && current.size() >= 3) {
        return;
    }
    // The remainder as the last part (only if something was split off before).
    if (!current.isEmpty() && rest >= minimum && acceptable(word.mid(from)) &&
        (m_known.contains(word.mid(from)) || (m_isKnownPrefix && m_isKnownPrefix(word.mid(from))))) {
        QStringList split = current;
        split.append(word.mid(from));
        out.push_back(split);
    }
    for (qsizetype length = minimum; length <= rest - minimum; ++length) {
        const QString part = word.mid(from, length);
        if (!m_known.contains(part) || !acceptable(part)) {
            continue;
        }
        for (const char* element : linkingElements) {
            const QLatin1StringView link(element);
            if (word.mid(from + length, link.size()) != link) {
                continue;
            }
            if (word.size() - (from + length + link.size()) < minimum) {
                continue;
            }
            current.append(part);
            collect(word, from + length + link.size(), current, out, limit);
            current.removeLast();
            if (static_cast<int>(out.size()) >= limit) {
                return;
            }
        }
    }
}

QStringList Decompounder::parts(const QString& word) const
{
    QStringList all;
    for (const QStringList& split : splits(word)) {
        for (const QString& part : split) {
            if (!all.contains(part)) {
                all.append(part);
            }
        }
    }
    return all;
}

} // namespace bt::app
