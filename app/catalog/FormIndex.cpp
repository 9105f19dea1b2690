#include "FormIndex.h"

#include "JsonFields.h"
#include "ShippedResource.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace bt::app {

namespace {

constexpr auto formatName = "buergerterminal-forms";
constexpr int formatVersion = 1;

} // namespace

std::optional<FormIndex> FormIndex::parse(const QByteArray& json, Failure* failure)
{
    const std::optional<QJsonObject> root = JsonFields::documentRoot(json, formatName, formatVersion, failure);
    if (!root) {
        return std::nullopt;
    }
    JsonFields read(failure);
    const QJsonValue forms = root->value(QStringLiteral("forms"));
    if (!forms.isObject()) {
        read.fail(QStringLiteral("forms"), QStringLiteral("must be an object of form id to {\"file\", \"schemaId\"}"));
        return std::nullopt;
    }
    static const QRegularExpression fileName(QStringLiteral("^schemas/[A-Za-z0-9_.-]+\\.xml$"));
    static const QRegularExpression schemaId(QStringLiteral("^S[0-9]{8,11}$"));
    FormIndex index;
    const QJsonObject object = forms.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = QStringLiteral("forms.") + it.key();
        if (!JsonFields::isSlug(it.key())) {
            read.fail(where, QStringLiteral("a form id must be a lowercase slug"));
            return std::nullopt;
        }
        const QJsonObject entry = it.value().toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        const QString id = entry.value(QStringLiteral("schemaId")).toString();
        if (!fileName.match(file).hasMatch()) {
            read.fail(JsonFields::path(where, QStringLiteral("file")),
                      QStringLiteral("must be a schema file like schemas/S99000001_Name.xml"));
            return std::nullopt;
        }
        if (!schemaId.match(id).hasMatch()) {
            read.fail(JsonFields::path(where, QStringLiteral("schemaId")),
                      QStringLiteral("must be a Stammdatenschema id like S99000001"));
            return std::nullopt;
        }
        index.m_entries.insert(it.key(), Entry{QStringLiteral(":/forms/") + file, id});
    }
    return index;
}

std::optional<FormIndex> FormIndex::loadShipped(Failure* failure)
{
    return loadShippedResource<FormIndex>(resourcePath, failure, &FormIndex::parse);
}

const FormIndex& FormIndex::shipped()
{
    static const FormIndex index = [] {
        Failure failure;
        std::optional<FormIndex> loaded = loadShipped(&failure);
        if (!loaded && !QFile::exists(QString::fromLatin1(resourcePath))) {
            qCCritical(lcAppCatalog) << failure; // a broken file was logged by the loader
        }
        return loaded.value_or(FormIndex());
    }();
    return index;
}

std::optional<FormIndex::Entry> FormIndex::find(const QString& formId) const
{
    const auto found = m_entries.constFind(formId);
    if (found == m_entries.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

QStringList FormIndex::formIds() const
{
    QStringList ids = m_entries.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace bt::app
