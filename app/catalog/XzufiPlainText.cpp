#include "XzufiPlainText.h"

#include <QRegularExpression>

namespace bt::app {

QString XzufiPlainText::text(const QString& html)
{
    static const QRegularExpression lineBreak(
        QStringLiteral("<\\s*(br|/p|p|li|/li|/ul|/ol|/div|/h[1-6])(\\s[^>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\x{00A0}]+"));
    QString plain = html;
    plain.replace(lineBreak, QStringLiteral("\n"));
    plain.remove(tag);
    plain.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    plain.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    plain.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QStringList lines;
    for (const QString& line : plain.split(u'\n')) {
        const QString collapsed = QString(line).replace(spaces, QStringLiteral(" ")).trimmed();
        if (!collapsed.isEmpty()) {
            lines.append(collapsed);
        }
    }
    return lines.join(u'\n');
}

QStringList XzufiPlainText::items(const QString& html)
{
    static const QRegularExpression bullet(QStringLiteral("^([-–•*·]|[0-9]{1,2}[.)])\\s+"));
    QStringList items;
    for (QString line : text(html).split(u'\n', Qt::SkipEmptyParts)) {
        line.remove(bullet);
        if (!line.trimmed().isEmpty()) {
            items.append(line.trimmed());
        }
    }
    return items;
}

} // namespace bt::app
