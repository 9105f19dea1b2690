#include "OzgTaxonomy.h"

#include "Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace bt::app {

namespace {

constexpr auto formatName = "buergerterminal-ozg-taxonomy";
constexpr int supportedVersion = 1;

bool isSlug(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

// Reads one field of a JSON object with a "where: what" message on failure.
class Reader
{
public:
    explicit Reader(QString* error)
        : m_error(error)
    {
    }

    bool fail(const QString& where, const QString& what)
    {
        *m_error = where + QStringLiteral(": ") + what;
        return false;
    }

    bool slug(const QJsonObject& object, const QString& where, QSet<QString>& seen, QString* out)
    {
        const QString id = object.value(QStringLiteral("id")).toString();
        if (!isSlug(id)) {
            return fail(where + QStringLiteral(".id"), QStringLiteral("must be a lowercase slug like \"bauen-wohnen\""));
        }
        if (seen.contains(id)) {
            return fail(where + QStringLiteral(".id"), QStringLiteral("\"%1\" is used twice").arg(id));
        }
        seen.insert(id);
        *out = id;
        return true;
    }

    bool text(const QJsonObject& object, const QString& key, const QString& where, LocalizedText* out)
    {
        QString problem;
        std::optional<LocalizedText> text = LocalizedText::fromJson(object.value(key), &problem);
        if (!text) {
            return fail(where + u'.' + key, problem);
        }
        *out = *text;
        return true;
    }

private:
    QString* m_error;
};

} // namespace

std::optional<OzgTaxonomy> OzgTaxonomy::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    Reader read(error);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(formatName)) {
        read.fail(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(QLatin1StringView(formatName)));
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != supportedVersion) {
        read.fail(QStringLiteral("version"), QStringLiteral("only version %1 is supported").arg(supportedVersion));
        return std::nullopt;
    }
    const QJsonArray fields = root.value(QStringLiteral("themenfelder")).toArray();
    if (fields.isEmpty()) {
        read.fail(QStringLiteral("themenfelder"), QStringLiteral("must be a non-empty array"));
        return std::nullopt;
    }
    OzgTaxonomy taxonomy;
    QSet<QString> ids;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString where = QStringLiteral("themenfelder[%1]").arg(i);
        const QJsonObject object = fields[i].toObject();
        Themenfeld field;
        if (!read.slug(object, where, ids, &field.id) || !read.text(object, QStringLiteral("name"), where, &field.name)
            || !read.text(object, QStringLiteral("summary"), where, &field.summary)) {
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
            const QString lageWhere = where + QStringLiteral(".lagen[%1]").arg(j);
            const QJsonObject lageObject = lagen[j].toObject();
            Lage lage;
            if (!read.slug(lageObject, lageWhere, ids, &lage.id)
                || !read.text(lageObject, QStringLiteral("name"), lageWhere, &lage.name)) {
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

std::optional<OzgTaxonomy> OzgTaxonomy::loadShipped(QString* error)
{
    QFile file(QString::fromLatin1(resourcePath));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: missing from this build").arg(QLatin1StringView(resourcePath));
        return std::nullopt;
    }
    std::optional<OzgTaxonomy> taxonomy = parse(file.readAll(), error);
    if (!taxonomy) {
        error->prepend(QLatin1StringView(resourcePath) + QStringLiteral(": "));
        qCCritical(lcAppCatalog).noquote() << *error;
    }
    return taxonomy;
}

const Themenfeld* OzgTaxonomy::find(const QString& id) const
{
    for (const Themenfeld& field : m_themenfelder) {
        if (field.id == id) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace bt::app
