#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace bt::app {

// Splits German compounds into known words: "hundesteuer" → hunde + steuer (and hund + steuer
// with the linking "e"), "anwohnerparkausweis" → anwohner + parkausweis, anwohner + park + ausweis.
// Known words come from the catalog itself, so the terminal learns the words of its services.
class Decompounder
{
public:
    static constexpr int minimumPartLength = 3;

    explicit Decompounder(QSet<QString> knownWords = {});
    void setKnownWords(QSet<QString> knownWords) { m_known = std::move(knownWords); }
    // While a citizen types, the last part may be unfinished: with this, a final part counts
    // when some known word starts with it ("kirchenaustrit" → kirchen + austrit…).
    void setPrefixCheck(std::function<bool(const QString&)> isKnownPrefix)
    {
        m_isKnownPrefix = std::move(isKnownPrefix);
    }

    // Every way to split the word into two or more known words (at most `limit`), shortest first.
    [[nodiscard]] std::vector<QStringList> splits(const QString& word, int limit = 4) const;
    // Stricter, for what a citizen types: parts of at least four letters, no filler words, at
    // most three parts; typos and unfinished words otherwise split into nonsense.
    void setStrict(bool strict) { m_strict = strict; }
    // All parts of all splits, without duplicates.
    [[nodiscard]] QStringList parts(const QString& word) const;

private:
    void
    collect(const QString& word, qsizetype from, QStringList& current, std::vector<QStringList>& out, int limit) const;

    QSet<QString> m_known;
    std::function<bool(const QString&)> m_isKnownPrefix;
    bool m_strict = false;
};

} // namespace bt::app
