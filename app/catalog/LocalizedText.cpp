#include "LocalizedText.h"

#include <QJsonObject>

namespace bt::app {

std::optional<LocalizedText> LocalizedText::fromJson(const QJsonValue& value, QString* problem)
{
    if (!value.isObject()) {
        *problem = QStringLiteral("must be an object of texts by language, e.g. {\"de\": \"…\", \"en\": \"…\"}");
        return std::nullopt;
    }
    LocalizedText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().size() != 2 || !it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            *problem = QStringLiteral("\"%1\" must be a two-letter language code with a non-empty text").arg(it.key());
            return std::nullopt;
        }
        text.m_texts.insert(it.key(), it.value().toString());
    }
    if (!text.m_texts.contains(QStringLiteral("de"))) {
        *problem = QStringLiteral("the German text (\"de\") is missing");
        return std::nullopt;
    }
    return text;
}

QString LocalizedText::in(const QString& language) const
{
    return m_texts.value(language, m_texts.value(QStringLiteral("de")));
}

} // namespace bt::app
