#include "IdentityPrefill.h"

#include "CanonicalValue.h"
#include "FieldValidator.h"
#include "FormAnswers.h"
#include "IdentityData.h"
#include "JsonFields.h"
#include "Session.h"
#include "ShippedResource.h"

#include <QJsonObject>

namespace bt::app {

namespace {

constexpr auto formatName = "buergerterminal-eid-prefill";
constexpr int formatVersion = 1;

// The session key of an eID data group (BSI TR-03127), or of one part of the address.
QString sessionKeyOf(const QString& dataGroup, const QString& part)
{
    static const QHash<QString, QString> byDataGroup{
        {QStringLiteral("DG4"), identityData::givenNames},
        {QStringLiteral("DG5"), identityData::familyName},
        {QStringLiteral("DG7"), identityData::doctoralDegree},
        {QStringLiteral("DG8"), identityData::dateOfBirth},
        {QStringLiteral("DG9"), identityData::placeOfBirth},
        {QStringLiteral("DG10"), identityData::nationality},
        {QStringLiteral("DG13"), identityData::birthName},
    };
    if (dataGroup == QLatin1String("DG17")) {
        for (const QLatin1String key : {identityData::street, identityData::zipCode, identityData::city}) {
            if (part == key) {
                return key;
            }
        }
        return {};
    }
    return part.isEmpty() ? byDataGroup.value(dataGroup) : QString();
}

} // namespace

const IdentityPrefill& IdentityPrefill::shipped()
{
    static const IdentityPrefill prefill = [] {
        Failure failure;
        IdentityPrefill loaded = loadShippedResource<IdentityPrefill>(resourcePath, &failure, &IdentityPrefill::parse)
                                     .value_or(IdentityPrefill());
        // Without the table a nationality is simply left for the citizen to choose.
        (void)loadShippedResource<bool>(
            nationalitiesPath, &failure, [&loaded](const QByteArray& json, Failure* problem) {
                return loaded.readNationalities(json, problem) ? std::optional<bool>(true) : std::nullopt;
            });
        return loaded;
    }();
    return prefill;
}

std::optional<IdentityPrefill> IdentityPrefill::parse(const QByteArray& json, Failure* failure)
{
    const std::optional<QJsonObject> root = JsonFields::documentRoot(json, formatName, formatVersion, failure);
    if (!root) {
        return std::nullopt;
    }
    const QJsonValue fields = root->value(QStringLiteral("fields"));
    if (!fields.isObject()) {
        *failure = Failure(Failure::Code::Catalog_InvalidData,
                           QStringLiteral("fields: must be an object of field id to {\"dataGroup\", \"part\"}"));
        return std::nullopt;
    }
    IdentityPrefill prefill;
    const QJsonObject object = fields.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString dataGroup = entry.value(QStringLiteral("dataGroup")).toString();
        const QString part = entry.value(QStringLiteral("part")).toString();
        const QString key = sessionKeyOf(dataGroup, part);
        if (key.isEmpty()) {
            *failure = Failure(Failure::Code::Catalog_InvalidData,
                               QStringLiteral("fields.%1: \"%2%3\" is not a data group the terminal reads")
                                   .arg(it.key(), dataGroup, part.isEmpty() ? QString() : u'.' + part));
            return std::nullopt;
        }
        prefill.m_sessionKeys.insert(it.key(), key);
    }
    return prefill;
}

bool IdentityPrefill::readNationalities(const QByteArray& json, Failure* failure)
{
    const std::optional<QJsonObject> root =
        JsonFields::documentRoot(json, "buergerterminal-icao-nationality-to-destatis", 1, failure);
    if (!root) {
        return false;
    }
    const QString codeList = root->value(QStringLiteral("codeList")).toString();
    const QJsonObject mapping = root->value(QStringLiteral("mapping")).toObject();
    if (codeList.isEmpty() || mapping.isEmpty()) {
        *failure = Failure(Failure::Code::Catalog_InvalidData, QStringLiteral("codeList and mapping: both are needed"));
        return false;
    }
    QHash<QString, QString> nationalities;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!it.value().isString()) {
            *failure = Failure(Failure::Code::Catalog_InvalidData,
                               QStringLiteral("mapping.%1: must be the key as a string").arg(it.key()));
            return false;
        }
        nationalities.insert(it.key(), it.value().toString());
    }
    m_nationalityList = codeList;
    m_nationalities = std::move(nationalities);
    return true;
}

QString IdentityPrefill::valueFor(const forms::Field& field, const QString& key, const Session& session) const
{
    const QString value = session.personalValue(key);
    if (key == identityData::nationality && field.codeList &&
        field.codeList->identity().versionUri() == m_nationalityList) {
        return m_nationalities.value(value.trimmed().toUpper(), value);
    }
    return value;
}

std::vector<IdentityPrefill::Answer> IdentityPrefill::answersFor(const forms::FormSchema& schema,
                                                                 const Session& session) const
{
    std::vector<Answer> answers;
    if (!session.hasPersonalData()) {
        return answers;
    }
    const auto walk = [&](const auto& self, const forms::Group& group, const QString& path) -> void {
        for (const forms::Member& member : group.members) {
            if (member.multiplicity.isRepeatable()) {
                continue;
            }
            if (member.group) {
                self(self, *member.group, forms::FormAnswers::occurrencePath(path, member.group->id, 0));
                continue;
            }
            const QString key = m_sessionKeys.value(member.field->id);
            const QString value = key.isEmpty() ? QString() : valueFor(*member.field, key, session);
            if (value.isEmpty() || !forms::FieldValidator::check(*member.field, true, value).isEmpty()) {
                continue;
            }
            // As the form keeps it (a date as 1964-08-12), so the locked answer can be submitted.
            if (const std::optional<QString> canonical = forms::canonicalValue(*member.field, value)) {
                answers.push_back({path, member.field->id, *canonical});
            }
        }
    };
    walk(walk, schema.root, QString());
    return answers;
}

} // namespace bt::app
