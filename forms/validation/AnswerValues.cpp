#include "AnswerValues.h"

#include <QRegularExpression>

namespace bt::forms::answer {

std::optional<QDate> date(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate parsed = QDate::fromString(trimmed, format);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return std::nullopt;
}

std::optional<QTime> time(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : {QStringLiteral("HH:mm"), QStringLiteral("HH:mm:ss"), QStringLiteral("H:mm")}) {
        const QTime parsed = QTime::fromString(trimmed, format);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> dateTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (parsed.isValid()) {
        return parsed;
    }
    for (const QString& format : {QStringLiteral("dd.MM.yyyy HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm")}) {
        parsed = QDateTime::fromString(trimmed, format);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return std::nullopt;
}

std::optional<double> number(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
    static const QRegularExpression german(QStringLiteral("^[-+]?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?$"));
    QString trimmed = text.trimmed();
    if (german.match(trimmed).hasMatch()) {
        trimmed.remove(u'.');
    } else if (!plain.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    trimmed.replace(u',', u'.');
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<bool> yesNo(const QString& text)
{
    if (text == u"true") {
        return true;
    }
    if (text == u"false") {
        return false;
    }
    return std::nullopt;
}

} // namespace bt::forms::answer
