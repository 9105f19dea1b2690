#pragma once

#include "Failure.h"
#include "LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace bt::app {

// Reads fields of the shipped JSON data (catalog, taxonomy) and records the first problem as a
// Catalog_InvalidData failure "where: what", with a path like services[12].fee.amountCents. Every
// read returns false once something is wrong, so a loader can stop at the first problem.
class JsonFields
{
public:
    explicit JsonFields(Failure* failure);

    bool fail(const QString& where, const QString& what);
    [[nodiscard]] bool failed() const { return static_cast<bool>(*m_failure); }

    // A lowercase slug (a-z, 0-9, single dashes), unique among `seen`.
    bool slug(const QJsonObject& object, const QString& key, const QString& where, QSet<QString>& seen, QString* out);
    bool text(const QJsonObject& object, const QString& key, const QString& where, LocalizedText* out);
    bool textList(const QJsonObject& object, const QString& key, const QString& where, std::vector<LocalizedText>* out);
    bool string(const QJsonObject& object, const QString& key, const QString& where, QString* out);
    bool wholeNumber(const QJsonObject& object, const QString& key, const QString& where, qint64* out);
    bool array(const QJsonObject& object, const QString& key, const QString& where, QJsonArray* out);
    bool object(const QJsonValue& value, const QString& where, QJsonObject* out);

    [[nodiscard]] static QString path(const QString& where, const QString& key);
    [[nodiscard]] static QString path(const QString& where, qsizetype index);
    [[nodiscard]] static bool isSlug(const QString& text);
    // The root object of one of the terminal's JSON data files, once the text is JSON, the root
    // an object and its "format" and "formatVersion" the ones expected; nullopt and a
    // Catalog_NotJson, Catalog_WrongFormat or Catalog_UnsupportedVersion failure otherwise.
    [[nodiscard]] static std::optional<QJsonObject>
    documentRoot(const QByteArray& json, const char* format, int formatVersion, Failure* failure);
    // The same for a file whose format has no version: the signed catalog update's envelope,
    // which terminals in the field hold without one.
    [[nodiscard]] static std::optional<QJsonObject>
    documentRoot(const QByteArray& json, const char* format, Failure* failure);

private:
    Failure* m_failure;
};

} // namespace bt::app
