#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

namespace bt::app {

// A text of the shipped data in several languages ({"de": "...", "en": "..."}).
// German is always present: it is the official language of every service.
class LocalizedText
{
public:
    // Returns nullopt and names the problem if the value is not such an object.
    [[nodiscard]] static std::optional<LocalizedText> fromJson(const QJsonValue& value, QString* problem);

    // The text in the language, else German.
    [[nodiscard]] QString in(const QString& language) const;
    [[nodiscard]] bool has(const QString& language) const { return m_texts.contains(language); }
    [[nodiscard]] const QMap<QString, QString>& texts() const { return m_texts; }

private:
    QMap<QString, QString> m_texts;
};

} // namespace bt::app
