#include "JsonFields.h"


#include <QJsonDocument>
#include <QRegularExpression>

namespace bt::app {

JsonFields::JsonFields(Failure* failure)
    : m_failure(failure)
{
    *m_failure = Failure();
}

bool JsonFields::fail(const QString& where, const QString& what)
{
    if (!*m_failure) {
        *m_failure = Failure(Failure::Code::Catalog_InvalidData, where + QStringLiteral(": ") + what);
    }
    return false;
}

QString JsonFields::path(const QString& where, const QString& key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

QString JsonFields::path(const QString& where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

std::optional<QJsonObject> JsonFields::documentRoot(const QByteArray& json, const char* format, Failure* failure)
{
    using Code = Failure::Code;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = Failure(Code::Catalog_NotJson,
                           QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    // An array or a bare value at the top is some other file, whatever it holds.
    if (!document.isObject()) {
        *failure = Failure(Code::Catalog_WrongFormat,
                           QStringLiteral("format: must be \"%1\" in an object at the top of the file")
                               .arg(QLatin1StringView(format)));
        return std::nullopt;
    }
    QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(format)) {
        *failure =
            Failure(Code::Catalog_WrongFormat, QStringLiteral("format: must be \"%1\"").arg(QLatin1StringView(format)));
        return std::nullopt;
    }
    return root;
}

std::optional<QJsonObject>
JsonFields::documentRoot(const QByteArray& json, const char* format, int formatVersion, Failure* failure)
{
    std::optional<QJsonObject> root = documentRoot(json, format, failure);
    if (root && root->value(QStringLiteral("formatVersion")).toInt() != formatVersion) {
        *failure = Failure(Failure::Code::Catalog_UnsupportedVersion,
                           QStringLiteral("formatVersion: only version %1 is supported").arg(formatVersion));
        return std::nullopt;
    }
    return root;
}

bool JsonFields::isSlug(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(text).hasMatch();
}

bool JsonFields::slug(
    const QJsonObject& object, const QString& key, const QString& where, QSet<QString>& seen, QString* out)
{
    const QString id = object.value(key).toString();
    if (!isSlug(id)) {
        return fail(path(where, key), QStringLiteral("must be a lowercase slug like \"bauen-wohnen\""));
    }
    if (seen.contains(id)) {
        return fail(path(where, key), QStringLiteral("\"%1\" is used twice").arg(id));
    }
    seen.insert(id);
    *out = id;
    return true;
}

bool JsonFields::text(const QJsonObject& object, const QString& key, const QString& where, LocalizedText* out)
{
    QString problem;
    std::optional<LocalizedText> text = LocalizedText::fromJson(object.value(key), &problem);
    if (!text) {
        return fail(path(where, key), problem);
    }
    *out = *text;
    return true;
}

bool JsonFields::textList(const QJsonObject& object,
                          const QString& key,
                          const QString& where,
                          std::vector<LocalizedText>* out)
{
    QJsonArray items;
    if (!array(object, key, where, &items)) {
        return false;
    }
    out->clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString problem;
        std::optional<LocalizedText> text = LocalizedText::fromJson(items[i], &problem);
        if (!text) {
            return fail(path(path(where, key), i), problem);
        }
        out->push_back(*text);
    }
    return true;
}

bool JsonFields::string(const QJsonObject& object, const QString& key, const QString& where, QString* out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return fail(path(where, key), QStringLiteral("must be a non-empty text"));
    }
    *out = value.toString();
    return true;
}

bool JsonFields::wholeNumber(const QJsonObject& object, const QString& key, const QString& where, qint64* out)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    // Amounts are cents; 10 million euros is far beyond any fee and keeps doubles exact.
    if (!value.isDouble() || number < 0 || number > 1e9 || number != static_cast<double>(static_cast<qint64>(number))) {
        return fail(path(where, key), QStringLiteral("must be a whole number from 0 to 1000000000"));
    }
    *out = static_cast<qint64>(number);
    return true;
}

bool JsonFields::array(const QJsonObject& object, const QString& key, const QString& where, QJsonArray* out)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        return fail(path(where, key), QStringLiteral("must be an array"));
    }
    *out = value.toArray();
    return true;
}

bool JsonFields::object(const QJsonValue& value, const QString& where, QJsonObject* out)
{
    if (!value.isObject()) {
        return fail(where, QStringLiteral("must be an object"));
    }
    *out = value.toObject();
    return true;
}

} // namespace bt::app
