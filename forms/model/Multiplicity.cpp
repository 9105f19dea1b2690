#include "Multiplicity.h"

namespace bt::forms {

namespace {

// Counts in real schemas are small; the cap keeps a hostile "1:99999999999" from meaning anything.
constexpr int largestCount = 9999;

std::optional<int> count(QStringView text)
{
    if (text.isEmpty() || text.size() > 4) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127) {
            return std::nullopt;
        }
    }
    const int value = text.toInt();
    return value <= largestCount ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<Multiplicity> Multiplicity::parse(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        return std::nullopt;
    }
    const std::optional<int> min = count(text.left(colon).trimmed());
    const QStringView maxText = text.mid(colon + 1).trimmed();
    if (!min) {
        return std::nullopt;
    }
    if (maxText == u"*") {
        return Multiplicity{*min, std::nullopt};
    }
    const std::optional<int> max = count(maxText);
    if (!max || *max < *min || *max == 0) {
        return std::nullopt;
    }
    return Multiplicity{*min, *max};
}

QString Multiplicity::toString() const
{
    return QString::number(min) + u':' + (max ? QString::number(*max) : QStringLiteral("*"));
}

} // namespace bt::forms
