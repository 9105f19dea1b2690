#include "FieldValidator.h"

#include <QLocale>

#include <cmath>

namespace bt::forms {

namespace {

// Latin letters as DIN SPEC 91379 understands them, approximated by the Latin blocks of Unicode
// plus common punctuation: what German registers can store.
bool isLatin(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool basic = u >= 0x20 && u <= 0x7e;
        const bool latin1 = u >= 0xa0 && u <= 0xff;
        const bool extended = u >= 0x100 && u <= 0x24f;
        const bool additional = u >= 0x1e00 && u <= 0x1eff;
        const bool marks = u >= 0x300 && u <= 0x36f;
        if (!(basic || latin1 || extended || additional || marks || u == 0x2019)) {
            return false;
        }
    }
    return true;
}

QString germanNumber(double value)
{
    return QLocale(QLocale::German, QLocale::Germany).toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString germanDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

QString FieldValidator::check(const Field& field, bool required, const QString& value)
{
    // Label and hidden fields take no answer from the citizen.
    if (field.kind == FieldKind::Label || field.kind == FieldKind::Hidden || field.type == DataType::Obj) {
        return {};
    }
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        return required ? tr("Please fill in this field.") : QString();
    }
    const Constraints& c = field.constraints;
    switch (field.type) {
    case DataType::Bool:
        if (!answer::yesNo(text)) {
            return tr("Please answer yes or no.");
        }
        break;
    case DataType::Date: {
        const std::optional<QDate> date = answer::date(text);
        if (!date) {
            return tr("Please enter a date like 31.12.2024.");
        }
        const std::optional<QDate> min = answer::date(c.minValue);
        const std::optional<QDate> max = answer::date(c.maxValue);
        if (min && *date < *min) {
            return tr("Please enter a date on or after %1.").arg(germanDate(*min));
        }
        if (max && *date > *max) {
            return tr("Please enter a date on or before %1.").arg(germanDate(*max));
        }
        break;
    }
    case DataType::Time:
        if (!answer::time(text)) {
            return tr("Please enter a time like 14:30.");
        }
        break;
    case DataType::DateTime:
        if (!answer::dateTime(text)) {
            return tr("Please enter a date and time like 31.12.2024 14:30.");
        }
        break;
    case DataType::Num:
    case DataType::NumInt:
    case DataType::NumCurrency: {
        const std::optional<double> number = answer::number(text);
        if (!number) {
            return field.type == DataType::NumCurrency ? tr("Please enter an amount in euros like 12,50.")
                                                       : tr("Please enter a number.");
        }
        if (field.type == DataType::NumInt && *number != std::floor(*number)) {
            return tr("Please enter a whole number.");
        }
        if (field.type == DataType::NumCurrency && std::abs(*number * 100 - std::round(*number * 100)) > 1e-6) {
            return tr("Please enter an amount in euros like 12,50.");
        }
        bool ok = false;
        const double min = c.minValue.toDouble(&ok);
        if (ok && *number < min) {
            return tr("Please enter a value of at least %1.").arg(germanNumber(min));
        }
        const double max = c.maxValue.toDouble(&ok);
        if (ok && *number > max) {
            return tr("Please enter a value of at most %1.").arg(germanNumber(max));
        }
        break;
    }
    case DataType::TextLatin:
        if (!isLatin(text)) {
            return tr("Please use Latin letters only.");
        }
        break;
    default:
        break;
    }
    if (field.kind == FieldKind::Select && field.codeList && !field.codeList->find(text)) {
        return tr("Please choose one of the options offered.");
    }
    const bool isText = field.type == DataType::Text || field.type == DataType::TextLatin;
    if (isText && c.minLength && text.size() < *c.minLength) {
        return tr("Please enter at least %n character(s).", nullptr, *c.minLength);
    }
    if (isText && c.maxLength && text.size() > *c.maxLength) {
        return tr("Please enter at most %n character(s).", nullptr, *c.maxLength);
    }
    if (!c.pattern.isEmpty() && !c.compiledPattern.match(text).hasMatch()) {
        return tr("Please check your entry: it does not have the expected form.");
    }
    return {};
}

} // namespace bt::forms
