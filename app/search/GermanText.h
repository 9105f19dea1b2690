#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace bt::app {

// Text folding for search, the same for the index and for what a citizen types: lower case,
// ä→ae, ö→oe, ü→ue, ß→ss, other accents removed (é→e), everything but letters and digits
// becomes a space. "Führungszeugnis" and "fuehrungszeugnis" fold to the same word.
class GermanText
{
public:
    [[nodiscard]] static QString fold(QStringView text);
    [[nodiscard]] static QStringList words(QStringView text);
    // Words that carry no meaning in a search ("ich", "mein", "the", "for").
    [[nodiscard]] static bool isStopword(const QString& foldedWord);
    // The word without a common German or English ending ("anmeldung" → "anmeld"), or the
    // word itself when nothing of at least four letters would remain.
    [[nodiscard]] static QString stem(const QString& foldedWord);
};

} // namespace bt::app
