#include "OzgTaxonomy.h"

#include "FindById.h"
#include "JsonFields.h"
#include "Logging.h"
#include "ShippedResource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace bt::app {

namespace {

constexpr auto formatName = "buergerterminal-ozg-taxonomy";
constexpr int formatVersion = 1;

} // namespace

std::optional<OzgTaxonomy> OzgTaxonomy::parse(const QByteArray& json, Failure* failure)
{
    const std::optional<QJsonObject> root = JsonFields::documentRoot(json, formatName, formatVersion, failure);
    if (!root) {
        return std::nullopt;
    }
    JsonFields read(failure);
    const QJsonArray fields = root->value(QStringLiteral("themenfelder")).toArray();
    if (fields.isEmpty()) {
        read.fail(QStringLiteral("themenfelder"), QStringLiteral("must be a non-empty array"));
        return std::nullopt;
    }
    OzgTaxonomy taxonomy;
    QSet<QString> ids;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString where = JsonFields::path(QStringLiteral("themenfelder"), i);
        const QJsonObject object = fields[i].toObject();
        Themenfeld field;
        if (!read.slug(object, QStringLiteral("id"), where, ids, &field.id) ||
            !read.text(object, QStringLiteral("name"), where, &field.name) ||
            !read.text(object, QStringLiteral("summary"), where, &field.summary)) {
            return std::nullopt;
        }
        const QString icon = object.value(QStringLiteral("icon")).toString();
        field.iconPath = QStringLiteral(":/icons/themenfelder/") + icon;
        if (icon.isEmpty() || icon.contains(u'/') || !QFile::exists(field.iconPath)) {
            read.fail(where + QStringLiteral(".icon"), QStringLiteral("\"%1\" is not a shipped icon").arg(icon));
            return std::nullopt;
        }
        const QJsonArray lagen = object.value(QStringLiteral("lagen")).toArray();
        if (lagen.isEmpty()) {
            read.fail(where + QStringLiteral(".lagen"), QStringLiteral("must be a non-empty array"));
            return std::nullopt;
        }
        for (qsizetype j = 0; j < lagen.size(); ++j) {
            const QString lageWhere = JsonFields::path(where + QStringLiteral(".lagen"), j);
            const QJsonObject lageObject = lagen[j].toObject();
            Lage lage;
            if (!read.slug(lageObject, QStringLiteral("id"), lageWhere, ids, &lage.id) ||
                !read.text(lageObject, QStringLiteral("name"), lageWhere, &lage.name)) {
                return std::nullopt;
            }
            const QString kind = lageObject.value(QStringLiteral("kind")).toString();
            if (kind == u"lebenslage") {
                lage.kind = Lage::Kind::Lebenslage;
            } else if (kind == u"unternehmenslage") {
                lage.kind = Lage::Kind::Unternehmenslage;
            } else {
                read.fail(lageWhere + QStringLiteral(".kind"),
                          QStringLiteral("must be \"lebenslage\" or \"unternehmenslage\""));
                return std::nullopt;
            }
            field.lagen.push_back(std::move(lage));
        }
        taxonomy.m_themenfelder.push_back(std::move(field));
    }
    return taxonomy;
}

std::optional<OzgTaxonomy> OzgTaxonomy::loadShipped(Failure* failure)
{
    return loadShippedResource<OzgTaxonomy>(resourcePath, failure, &OzgTaxonomy::parse);
}

const Themenfeld* OzgTaxonomy::find(const QString& id) const
{
    return findById(m_themenfelder, id, &Themenfeld::id);
}

const Lage* OzgTaxonomy::findLage(const QString& id) const
{
    for (const Themenfeld& field : m_themenfelder) {
        for (const Lage& lage : field.lagen) {
            if (lage.id == id) {
                return &lage;
            }
        }
    }
    return nullptr;
}

} // namespace bt::app
