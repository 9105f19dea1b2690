#include "GermanText.h"

#include <QSet>

namespace bt::app {

QString GermanText::fold(QStringView text)
{
    QString folded;
    folded.reserve(text.size() + 8);
    bool lastWasSpace = true;
    const auto put = [&](QChar c) {
        folded.append(c);
        lastWasSpace = false;
    };
    for (const QChar raw : text) {
        const QChar c = raw.toLower();
        switch (c.unicode()) {
        case u'ä':
            put(u'a');
            put(u'e');
            continue;
        case u'ö':
            put(u'o');
            put(u'e');
            continue;
        case u'ü':
            put(u'u');
            put(u'e');
            continue;
        case u'ß':
            put(u's');
            put(u's');
            continue;
        default:
            break;
        }
        if (c.isLetterOrNumber()) {
            // Strip accents: é → e, ç → c (the decomposition's first character).
            const QString decomposed = c.decomposition();
            const QChar base = decomposed.isEmpty() ? c : decomposed.front();
            if (base.isLetterOrNumber()) {
                put(base.toLower());
                continue;
            }
        }
        if (!lastWasSpace) {
            folded.append(u' ');
            lastWasSpace = true;
        }
    }
    if (folded.endsWith(u' ')) {
        folded.chop(1);
    }
    return folded;
}

QStringList GermanText::words(QStringView text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

bool GermanText::isStopword(const QString& foldedWord)
{
    static const QSet<QString> stopwords = [] {
        QSet<QString> set;
        for (const char* word :
             {"ich",     "du",     "er",     "sie",     "es",     "wir",   "ihr",  "mich",  "mir",   "mein",   "meine",
              "meinen",  "meinem", "meiner", "meines",  "dein",   "deine", "sein", "seine", "unser", "unsere", "der",
              "die",     "das",    "den",    "dem",     "des",    "ein",   "eine", "einen", "einem", "einer",  "eines",
              "und",     "oder",   "fuer",   "mit",     "von",    "vom",   "zu",   "zum",   "zur",   "im",     "in",
              "am",      "an",     "auf",    "aus",     "bei",    "nach",  "ist",  "sind",  "bin",   "habe",   "hab",
              "hat",     "haben",  "will",   "moechte", "wie",    "was",   "wo",   "wann",  "kann",  "ich",    "bitte",
              "brauche", "neu",    "neue",   "neuen",   "the",    "a",     "an",   "my",    "i",     "to",     "for",
              "of",      "and",    "or",     "in",      "on",     "at",    "is",   "am",    "are",   "me",     "how",
              "do",      "can",    "want",   "need",    "please", "new",   "get"}) {
            set.insert(QString::fromLatin1(word));
        }
        return set;
    }();
    return stopwords.contains(foldedWord);
}

QString GermanText::stem(const QString& foldedWord)
{
    // Longest endings first; only inflection and nominalisation, never meaning-bearing parts.
    static const char* const endings[] = {"ungen", "ung", "ern", "en", "er", "es", "em", "e", "s", "n", "ing", "ed"};
    for (const char* ending : endings) {
        const QLatin1StringView suffix(ending);
        if (foldedWord.endsWith(suffix) && foldedWord.size() - suffix.size() >= 4) {
            return foldedWord.left(foldedWord.size() - suffix.size());
        }
    }
    return foldedWord;
}

} // namespace bt::app
