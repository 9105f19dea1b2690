#include "SubmissionSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bt::forms::submission {

namespace {

class JsonSyntax
{
public:
    explicit JsonSyntax(SubmissionError* error)
        : m_error(error)
    {}

    std::optional<Header> read(const QByteArray& bytes, std::vector<RawElement>* rootChildren)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail({}, QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        }
        if (!document.isObject()) {
            return fail({}, QStringLiteral("the document must be a JSON object"));
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            static const QStringList known{QStringLiteral("format"),
                                           QStringLiteral("schema"),
                                           QStringLiteral("version"),
                                           QStringLiteral("form"),
                                           QStringLiteral("answers")};
            if (!known.contains(it.key())) {
                return fail(it.key(), QStringLiteral("unknown key"));
            }
        }
        Header header;
        QString format;
        if (!text(object, QStringLiteral("format"), &format) ||
            !text(object, QStringLiteral("schema"), &header.schemaId) ||
            !text(object, QStringLiteral("version"), &header.schemaVersion) ||
            !text(object, QStringLiteral("form"), &header.formId)) {
            return std::nullopt;
        }
        if (format != QLatin1StringView(namespaceUri)) {
            return fail(QStringLiteral("format"),
                        QStringLiteral("must be \"%1\"").arg(QLatin1StringView(namespaceUri)));
        }
        const QJsonValue answers = object.value(QStringLiteral("answers"));
        if (!answers.isObject()) {
            return fail(QStringLiteral("answers"), QStringLiteral("must be an object"));
        }
        if (!members(answers.toObject(), QStringLiteral("answers"), rootChildren, 1)) {
            return std::nullopt;
        }
        return header;
    }

private:
    // Deeper than any FIM schema nests groups.
    static constexpr int deepestObject = 64;

    std::nullopt_t fail(const QString& where, const QString& message)
    {
        *m_error = SubmissionError(); // nothing of an earlier problem (an XML line) stays
        m_error->where = where;
        m_error->message = message;
        return std::nullopt;
    }

    bool text(const QJsonObject& object, const QString& key, QString* out)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            fail(key, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be a string"));
            return false;
        }
        *out = value.toString();
        return true;
    }

    bool members(const QJsonObject& object, const QString& where, std::vector<RawElement>* out, int depth)
    {
        if (depth > deepestObject) {
            fail(where, QStringLiteral("nested deeper than %1").arg(deepestObject));
            return false;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString place = where + u'.' + it.key();
            if (it.value().isString()) {
                RawElement field;
                field.id = it.key();
                field.text = it.value().toString();
                field.canBeField = true;
                field.where = place;
                out->push_back(std::move(field));
                continue;
            }
            if (!it.value().isArray()) {
                fail(place,
                     QStringLiteral("must be a string (a field's value) or an array (a group's occurrences or "
                                    "a repeated field's values)"));
                return false;
            }
            const QJsonArray occurrences = it.value().toArray();
            for (qsizetype i = 0; i < occurrences.size(); ++i) {
                const QString itemPlace = place + u'[' + QString::number(i) + u']';
                if (occurrences.at(i).isString()) { // one value of a repeated field
                    RawElement value;
                    value.id = it.key();
                    value.text = occurrences.at(i).toString();
                    value.canBeField = true;
                    value.where = itemPlace;
                    out->push_back(std::move(value));
                    continue;
                }
                RawElement group;
                group.id = it.key();
                group.canBeGroup = true;
                group.where = itemPlace;
                if (!occurrences.at(i).isObject()) {
                    fail(group.where,
                         QStringLiteral("must be an object (one occurrence of a group) or a string (one value of a "
                                        "repeated field)"));
                    return false;
                }
                if (!members(occurrences.at(i).toObject(), group.where, &group.children, depth + 1)) {
                    return false;
                }
                out->push_back(std::move(group));
            }
        }
        return true;
    }

    SubmissionError* m_error;
};

} // namespace

std::optional<Header>
readJsonSyntax(const QByteArray& bytes, std::vector<RawElement>* rootChildren, SubmissionError* error)
{
    return JsonSyntax(error).read(bytes, rootChildren);
}

} // namespace bt::forms::submission
