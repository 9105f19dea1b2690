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

std::optional<FormIndex> FormIndex::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = JsonFields::documentRoot(json, formatName, formatVersion, error);
    if (!root) {
        return std::nullopt;
    }
    const QJsonValue forms = root->value(QStringLiteral("forms"));
    if (!forms.isObject()) {
        *error = QStringLiteral("forms: must be an object of form id to {\"file\", \"schemaId\"}");
        return std::nullopt;
    }
    static const QRegularExpression fileName(QStringLiteral("^schemas/[A-Za-z0-9_.-]+\\.xml$"));
    static const QRegularExpression schemaId(QStringLiteral("^S[0-9]{8,11}$"));
    FormIndex index;
    const QJsonObject object = forms.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = QStringLiteral("forms.") + it.key();
        if (!JsonFields::isSlug(it.key())) {
            *error = where + QStringLiteral(": a form id must be a lowercase slug");
            return std::nullopt;
        }
        const QJsonObject entry = it.value().toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        const QString id = entry.value(QStringLiteral("schemaId")).toString();
        if (!fileName.match(file).hasMatch()) {
            *error = where + QStringLiteral(".file: must be a schema file like schemas/S99000001_Name.xml");
            return std::nullopt;
        }
        if (!schemaId.match(id).hasMatch()) {
            *error = where + QStringLiteral(".schemaId: must be a Stammdatenschema id like S99000001");
            return std::nullopt;
        }
        index.m_entries.insert(it.key(), Entry{QStringLiteral(":/forms/") + file, id});
    }
    return index;
}

std::optional<FormIndex> FormIndex::loadShipped(QString* error)
{
    return loadShippedResource<FormIndex>(resourcePath, error, &FormIndex::parse);
}

const FormIndex& FormIndex::shipped()
{
    static const FormIndex index = [] {
        QString error;
        std::optional<FormIndex> loaded = loadShipped(&error);
        if (!loaded && !QFile::exists(QString::fromLatin1(resourcePath))) {
            qCCritical(lcAppCatalog).noquote() << error; // a broken file was logged by the loader
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
