#include "Catalog.h"

#include "FindById.h"
#include "FormIndex.h"
#include "JsonFields.h"
#include "Logging.h"
#include "OzgTaxonomy.h"
#include "ShippedResource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace bt::app {

namespace {

constexpr auto formatName = "buergerterminal-catalog";

bool isVersion(const QString& version)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]{1,4}$"));
    return pattern.match(version).hasMatch();
}

bool isServiceKey(const QString& key)
{
    static const QRegularExpression leika(QStringLiteral("^[0-9]{14}$"));
    if (key.startsWith(QStringLiteral("local:"))) {
        return JsonFields::isSlug(key.mid(6));
    }
    return leika.match(key).hasMatch();
}

std::optional<TrustLevel> trustLevelFrom(const QString& text)
{
    if (text == u"none") {
        return TrustLevel::None;
    }
    if (text == u"basic") {
        return TrustLevel::Basic;
    }
    if (text == u"substantial") {
        return TrustLevel::Substantial;
    }
    if (text == u"high") {
        return TrustLevel::High;
    }
    return std::nullopt;
}

// Parses one catalog; each read* stops at the first problem (JsonFields keeps it).
class CatalogReader
{
public:
    CatalogReader(const OzgTaxonomy& taxonomy, const FormIndex& forms, Failure* failure)
        : m_taxonomy(taxonomy)
        , m_forms(forms)
        , m_read(failure)
    {}

    bool readAuthority(const QJsonValue& value, const QString& where, Authority* out)
    {
        QJsonObject object;
        QJsonObject address;
        if (!m_read.object(value, where, &object) ||
            !m_read.slug(object, QStringLiteral("id"), where, m_authorityIds, &out->id) ||
            !m_read.text(object, QStringLiteral("name"), where, &out->name) ||
            !m_read.object(object.value(QStringLiteral("address")),
                           JsonFields::path(where, QStringLiteral("address")),
                           &address) ||
            !m_read.string(address,
                           QStringLiteral("street"),
                           JsonFields::path(where, QStringLiteral("address")),
                           &out->address.street) ||
            !m_read.string(address,
                           QStringLiteral("postalCode"),
                           JsonFields::path(where, QStringLiteral("address")),
                           &out->address.postalCode) ||
            !m_read.string(address,
                           QStringLiteral("city"),
                           JsonFields::path(where, QStringLiteral("address")),
                           &out->address.city) ||
            !m_read.string(object, QStringLiteral("phone"), where, &out->phone) ||
            !m_read.string(object, QStringLiteral("email"), where, &out->email) ||
            !m_read.text(object, QStringLiteral("openingHours"), where, &out->openingHours)) {
            return false;
        }
        static const QRegularExpression postalCode(QStringLiteral("^[0-9]{5}$"));
        if (!postalCode.match(out->address.postalCode).hasMatch()) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("address.postalCode")),
                               QStringLiteral("must be a German postal code of five digits"));
        }
        static const QRegularExpression phone(QStringLiteral("^\\+[0-9][0-9 \\-/]{5,24}$"));
        if (!phone.match(out->phone).hasMatch()) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("phone")),
                               QStringLiteral("must be an international number like +49 30 23125-100"));
        }
        if (!out->email.contains(u'@') || out->email.contains(u' ')) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("email")),
                               QStringLiteral("is not an e-mail address"));
        }
        return true;
    }

    bool readFee(const QJsonValue& value, const QString& where, Fee* out)
    {
        QJsonObject object;
        if (!m_read.object(value, where, &object)) {
            return false;
        }
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == u"none") {
            out->kind = Fee::Kind::None;
        } else if (kind == u"fixed") {
            out->kind = Fee::Kind::Fixed;
            if (!m_read.wholeNumber(object, QStringLiteral("amountCents"), where, &out->amountCents)) {
                return false;
            }
        } else if (kind == u"range") {
            out->kind = Fee::Kind::Range;
            if (!m_read.wholeNumber(object, QStringLiteral("minCents"), where, &out->minCents) ||
                !m_read.wholeNumber(object, QStringLiteral("maxCents"), where, &out->maxCents)) {
                return false;
            }
            if (out->minCents >= out->maxCents) {
                return m_read.fail(JsonFields::path(where, QStringLiteral("maxCents")),
                                   QStringLiteral("must be larger than minCents"));
            }
        } else if (kind == u"perUnit") {
            out->kind = Fee::Kind::PerUnit;
            if (!m_read.wholeNumber(object, QStringLiteral("amountCents"), where, &out->amountCents) ||
                !m_read.text(object, QStringLiteral("unit"), where, &out->unit)) {
                return false;
            }
        } else {
            return m_read.fail(JsonFields::path(where, QStringLiteral("kind")),
                               QStringLiteral("must be one of none, fixed, range, perUnit"));
        }
        if (object.contains(QStringLiteral("note"))) {
            out->hasNote = m_read.text(object, QStringLiteral("note"), where, &out->note);
            return out->hasNote;
        }
        return true;
    }

    bool readChannel(const QJsonValue& value, const QString& where, Channel* out)
    {
        QJsonObject object;
        if (!m_read.object(value, where, &object)) {
            return false;
        }
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == u"terminal") {
            out->kind = Channel::Kind::Terminal;
            if (!m_read.string(object, QStringLiteral("formId"), where, &out->formId)) {
                return false;
            }
            if (!JsonFields::isSlug(out->formId)) {
                return m_read.fail(JsonFields::path(where, QStringLiteral("formId")),
                                   QStringLiteral("must be a lowercase slug"));
            }
            if (!m_forms.contains(out->formId)) {
                return m_read.fail(JsonFields::path(where, QStringLiteral("formId")),
                                   QStringLiteral("\"%1\" is not a form of this terminal (resources/forms/forms.json)")
                                       .arg(out->formId));
            }
        } else if (kind == u"online") {
            out->kind = Channel::Kind::Online;
            QString url;
            if (!m_read.string(object, QStringLiteral("url"), where, &url)) {
                return false;
            }
            out->url = QUrl(url, QUrl::StrictMode);
            if (!out->url.isValid() || out->url.scheme() != u"https" || out->url.host().isEmpty()) {
                return m_read.fail(JsonFields::path(where, QStringLiteral("url")),
                                   QStringLiteral("\"%1\" is not an https:// address").arg(url));
            }
        } else if (kind == u"inPerson") {
            out->kind = Channel::Kind::InPerson;
        } else {
            return m_read.fail(JsonFields::path(where, QStringLiteral("kind")),
                               QStringLiteral("must be one of terminal, online, inPerson"));
        }
        return true;
    }

    bool readSynonyms(const QJsonValue& value, const QString& where, QMap<QString, QStringList>* out)
    {
        QJsonObject object;
        if (!m_read.object(value, where, &object)) {
            return false;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString languageWhere = JsonFields::path(where, it.key());
            if (it.key().size() != 2 || !it.value().isArray()) {
                return m_read.fail(languageWhere,
                                   QStringLiteral("must be a list of words under a two-letter language code"));
            }
            QStringList words;
            const QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list[i].isString() || list[i].toString().trimmed().isEmpty()) {
                    return m_read.fail(JsonFields::path(languageWhere, i), QStringLiteral("must be a non-empty text"));
                }
                words.append(list[i].toString());
            }
            out->insert(it.key(), words);
        }
        return true;
    }

    bool readService(const QJsonValue& value, const QString& where, Service* out)
    {
        QJsonObject object;
        if (!m_read.object(value, where, &object)) {
            return false;
        }
        out->key = object.value(QStringLiteral("key")).toString();
        if (!isServiceKey(out->key)) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("key")),
                               QStringLiteral("must be a LeiKa key of 14 digits or local:<slug>"));
        }
        if (m_serviceKeys.contains(out->key)) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("key")),
                               QStringLiteral("\"%1\" is used twice").arg(out->key));
        }
        m_serviceKeys.insert(out->key);
        QString trustLevel;
        QJsonArray lagen;
        if (!m_read.text(object, QStringLiteral("name"), where, &out->name) ||
            !m_read.text(object, QStringLiteral("plainName"), where, &out->plainName) ||
            !m_read.text(object, QStringLiteral("description"), where, &out->description) ||
            !m_read.string(object, QStringLiteral("themenfeld"), where, &out->themenfeld) ||
            !m_read.array(object, QStringLiteral("lagen"), where, &lagen) ||
            !m_read.textList(object, QStringLiteral("prerequisites"), where, &out->prerequisites) ||
            !m_read.textList(object, QStringLiteral("documents"), where, &out->documents) ||
            !readFee(object.value(QStringLiteral("fee")), JsonFields::path(where, QStringLiteral("fee")), &out->fee) ||
            !m_read.text(object, QStringLiteral("processingTime"), where, &out->processingTime) ||
            !m_read.string(object, QStringLiteral("trustLevel"), where, &trustLevel) ||
            !m_read.string(object, QStringLiteral("authority"), where, &out->authority) ||
            !readChannel(object.value(QStringLiteral("channel")),
                         JsonFields::path(where, QStringLiteral("channel")),
                         &out->channel) ||
            !readSynonyms(object.value(QStringLiteral("synonyms")),
                          JsonFields::path(where, QStringLiteral("synonyms")),
                          &out->synonyms)) {
            return false;
        }
        if (!m_taxonomy.find(out->themenfeld)) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("themenfeld")),
                               QStringLiteral("\"%1\" is not an OZG Themenfeld").arg(out->themenfeld));
        }
        if (lagen.isEmpty()) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("lagen")),
                               QStringLiteral("must name at least one Lage"));
        }
        for (qsizetype i = 0; i < lagen.size(); ++i) {
            const QString lage = lagen[i].toString();
            if (!m_taxonomy.findLage(lage)) {
                return m_read.fail(JsonFields::path(JsonFields::path(where, QStringLiteral("lagen")), i),
                                   QStringLiteral("\"%1\" is not a Lage of the OZG taxonomy").arg(lage));
            }
            out->lagen.append(lage);
        }
        const std::optional<TrustLevel> level = trustLevelFrom(trustLevel);
        if (!level) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("trustLevel")),
                               QStringLiteral("must be one of none, basic, substantial, high"));
        }
        out->trustLevel = *level;
        if (!m_authorityIds.contains(out->authority)) {
            return m_read.fail(JsonFields::path(where, QStringLiteral("authority")),
                               QStringLiteral("\"%1\" is not an authority of this catalog").arg(out->authority));
        }
        return true;
    }

    JsonFields& fields() { return m_read; }

private:
    const OzgTaxonomy& m_taxonomy;
    const FormIndex& m_forms;
    JsonFields m_read;
    QSet<QString> m_authorityIds;
    QSet<QString> m_serviceKeys;
};

} // namespace

int Catalog::compareVersions(const QString& left, const QString& right)
{
    const QStringList a = left.split(u'.');
    const QStringList b = right.split(u'.');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const int x = a.value(i).toInt();
        const int y = b.value(i).toInt();
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

std::optional<Catalog> Catalog::parse(const QByteArray& json, const OzgTaxonomy& taxonomy, Failure* failure)
{
    return parse(json, taxonomy, FormIndex::shipped(), failure);
}

std::optional<Catalog>
Catalog::parse(const QByteArray& json, const OzgTaxonomy& taxonomy, const FormIndex& forms, Failure* failure)
{
    const std::optional<QJsonObject> document = JsonFields::documentRoot(json, formatName, formatVersion, failure);
    if (!document) {
        return std::nullopt;
    }
    const QJsonObject& root = *document;
    CatalogReader reader(taxonomy, forms, failure);
    JsonFields& read = reader.fields();
    Catalog catalog;
    catalog.m_catalogVersion = root.value(QStringLiteral("catalogVersion")).toString();
    if (!isVersion(catalog.m_catalogVersion)) {
        read.fail(QStringLiteral("catalogVersion"), QStringLiteral("must look like 2026.11.1"));
        return std::nullopt;
    }
    catalog.m_issued = QDate::fromString(root.value(QStringLiteral("issued")).toString(), Qt::ISODate);
    if (!catalog.m_issued.isValid()) {
        read.fail(QStringLiteral("issued"), QStringLiteral("must be a date like 2026-11-25"));
        return std::nullopt;
    }
    QJsonArray authorities;
    QJsonArray services;
    if (!read.array(root, QStringLiteral("authorities"), {}, &authorities) ||
        !read.array(root, QStringLiteral("services"), {}, &services)) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < authorities.size(); ++i) {
        Authority authority;
        if (!reader.readAuthority(authorities[i], JsonFields::path(QStringLiteral("authorities"), i), &authority)) {
            return std::nullopt;
        }
        catalog.m_authorities.push_back(std::move(authority));
    }
    if (services.isEmpty()) {
        read.fail(QStringLiteral("services"), QStringLiteral("must list at least one service"));
        return std::nullopt;
    }
    catalog.m_services.reserve(static_cast<std::size_t>(services.size()));
    for (qsizetype i = 0; i < services.size(); ++i) {
        Service service;
        if (!reader.readService(services[i], JsonFields::path(QStringLiteral("services"), i), &service)) {
            return std::nullopt;
        }
        catalog.m_byKey.insert(service.key, catalog.m_services.size());
        catalog.m_services.push_back(std::move(service));
    }
    return catalog;
}

std::optional<Catalog> Catalog::loadShipped(const OzgTaxonomy& taxonomy, Failure* failure)
{
    return loadShippedResource<Catalog>(resourcePath, failure, [&taxonomy](const QByteArray& json, Failure* problem) {
        return parse(json, taxonomy, problem);
    });
}

const Service* Catalog::find(const QString& key) const
{
    const auto found = m_byKey.constFind(key);
    return found == m_byKey.constEnd() ? nullptr : &m_services[*found];
}

const Authority* Catalog::authority(const QString& id) const
{
    return findById(m_authorities, id, &Authority::id);
}

} // namespace bt::app
