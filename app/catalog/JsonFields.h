#pragma once

#include "LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace bt::app {

// Reads fields of the shipped JSON data (catalog, taxonomy) and records the first problem
// as "where: what", with a path like services[12].fee.amountCents. Every read returns false
// once something is wrong, so a loader can stop at the first problem.
class JsonFields
{
public:
    explicit JsonFields(QString* error);

    bool fail(const QString& where, const QString& what);
    [[nodiscard]] bool failed() const { return !m_error->isEmpty(); }

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
    // The root object of one of the terminal's JSON data files, once the text is JSON and its
    // "format" and "formatVersion" are the ones expected; nullopt and `error` otherwise.
    [[nodiscard]] static std::optional<QJsonObject>
    documentRoot(const QByteArray& json, const char* format, int formatVersion, QString* error);

private:
    QString* m_error;
};

} // namespace bt::app
