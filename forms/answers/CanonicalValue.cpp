#include "CanonicalValue.h"

#include "AnswerValues.h"

#include <QRegularExpression>

namespace bt::forms {

namespace {

// A decimal as digits, not as a double, so that no amount changes on the way (0.1 stays 0.1).
struct Decimal
{
    bool negative = false;
    QString integer;  // without leading zeros; "0" for zero
    QString fraction; // without trailing zeros
};

std::optional<Decimal> decimalOf(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^([-+]?)([0-9]+)(?:[.,]([0-9]+))?$"));
    static const QRegularExpression german(QStringLiteral("^([-+]?)([0-9]{1,3}(?:\\.[0-9]{3})+)(?:,([0-9]+))?$"));
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch match = german.match(trimmed);
    if (!match.hasMatch()) {
        match = plain.match(trimmed);
    }
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Decimal decimal;
    decimal.integer = match.captured(2).remove(u'.');
    decimal.fraction = match.captured(3);
    while (decimal.integer.size() > 1 && decimal.integer.front() == u'0') {
        decimal.integer.remove(0, 1);
    }
    while (!decimal.fraction.isEmpty() && decimal.fraction.back() == u'0') {
        decimal.fraction.chop(1);
    }
    const bool zero = decimal.integer == u"0" && decimal.fraction.isEmpty();
    decimal.negative = match.captured(1) == u"-" && !zero; // no "-0"
    return decimal;
}

QString sign(const Decimal& decimal)
{
    return decimal.negative ? QStringLiteral("-") : QString();
}

std::optional<QString> canonicalNumber(DataType type, const QString& answer)
{
    const std::optional<Decimal> decimal = decimalOf(answer);
    if (!decimal) {
        return std::nullopt;
    }
    switch (type) {
    case DataType::NumInt:
        if (!decimal->fraction.isEmpty()) {
            return std::nullopt;
        }
        return sign(*decimal) + decimal->integer;
    case DataType::NumCurrency:
        if (decimal->fraction.size() > 2) {
            return std::nullopt; // a cent amount is never rounded silently
        }
        return sign(*decimal) + decimal->integer + u'.' + decimal->fraction.leftJustified(2, u'0');
    default:
        return decimal->fraction.isEmpty() ? sign(*decimal) + decimal->integer
                                           : sign(*decimal) + decimal->integer + u'.' + decimal->fraction;
    }
}

} // namespace

bool hasCharactersXmlCannotCarry(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            return true;
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()) {
                return true;
            }
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return true;
        }
    }
    return false;
}

std::optional<QString> canonicalValue(const Field& field, const QString& answer)
{
    if (hasCharactersXmlCannotCarry(answer)) {
        return std::nullopt; // JSON could carry them, but both formats carry the same values
    }
    if (field.kind == FieldKind::Select && field.codeList) {
        if (!field.codeList->find(answer)) {
            return std::nullopt;
        }
        return answer;
    }
    switch (field.type) {
    case DataType::Date:
        if (const std::optional<QDate> date = answer::date(answer)) {
            return date->toString(Qt::ISODate);
        }
        return std::nullopt;
    case DataType::Time:
        if (const std::optional<QTime> time = answer::time(answer)) {
            return time->toString(QStringLiteral("HH:mm:ss"));
        }
        return std::nullopt;
    case DataType::DateTime:
        if (const std::optional<QDateTime> dateTime = answer::dateTime(answer)) {
            return dateTime->toString(Qt::ISODate);
        }
        return std::nullopt;
    case DataType::Bool:
        if (const std::optional<bool> yes = answer::yesNo(answer)) {
            return *yes ? QStringLiteral("true") : QStringLiteral("false");
        }
        return std::nullopt;
    case DataType::Num:
    case DataType::NumInt:
    case DataType::NumCurrency:
        return canonicalNumber(field.type, answer);
    case DataType::Text:
    case DataType::TextLatin:
    case DataType::File:
    case DataType::Obj:
        break;
    }
    return answer; // text is the citizen's own: kept exactly, spaces and line breaks included
}

QString expectedFormat(const Field& field)
{
    if (field.kind == FieldKind::Select && field.codeList) {
        return QStringLiteral("a code of the list %1").arg(field.codeList->identity().versionUri());
    }
    switch (field.type) {
    case DataType::Date:
        return QStringLiteral("a date as YYYY-MM-DD");
    case DataType::Time:
        return QStringLiteral("a time as hh:mm:ss");
    case DataType::DateTime:
        return QStringLiteral("a date and time as YYYY-MM-DDThh:mm:ss (ISO 8601)");
    case DataType::Bool:
        return QStringLiteral("true or false");
    case DataType::Num:
        return QStringLiteral("a number like -1234.5");
    case DataType::NumInt:
        return QStringLiteral("a whole number like -12");
    case DataType::NumCurrency:
        return QStringLiteral("an amount in euros with 2 decimal places like 1234.50");
    case DataType::Text:
    case DataType::TextLatin:
    case DataType::File:
    case DataType::Obj:
        break;
    }
    return QStringLiteral("text without control characters");
}

} // namespace bt::forms
