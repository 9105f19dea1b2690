#include "XzufiImporter.h"

#include "JsonFields.h"
#include "XzufiPlainText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace bt::app {

namespace {

// Codes of urn:de:xzufi:codeliste:leistungstextmodulleika that the importer knows by name.
QString textModuleName(const QString& code)
{
    static const QMap<QString, QString> names{
        {QStringLiteral("02"), QStringLiteral("Leistungsbezeichnung")},
        {QStringLiteral("03"), QStringLiteral("Leistungsbezeichnung II")},
        {QStringLiteral("05"), QStringLiteral("Kurztext")},
        {QStringLiteral("06"), QStringLiteral("Volltext")},
        {QStringLiteral("07"), QStringLiteral("Rechtsgrundlagen")},
        {QStringLiteral("08"), QStringLiteral("Erforderliche Unterlagen")},
        {QStringLiteral("09"), QStringLiteral("Voraussetzungen")},
        {QStringLiteral("11"), QStringLiteral("Verfahrensablauf")},
        {QStringLiteral("14"), QStringLiteral("Formulare")},
        {QStringLiteral("15"), QStringLiteral("Weiterführende Informationen")},
        {QStringLiteral("16"), QStringLiteral("Hinweise")},
        {QStringLiteral("18"), QStringLiteral("Urheber")},
        {QStringLiteral("22"), QStringLiteral("Zuständige Stelle")},
        {QStringLiteral("23"), QStringLiteral("Ansprechpunkt")},
        {QStringLiteral("24"), QStringLiteral("Teaser")},
        {QStringLiteral("25"), QStringLiteral("Rechtsbehelf")},
    };
    return QStringLiteral("modulText %1 %2").arg(code, names.value(code, QStringLiteral("(unknown code)"))).trimmed();
}

QString slugOf(const QString& text)
{
    static const QRegularExpression notSlug(QStringLiteral("[^a-z0-9]+"));
    QString slug = text.toLower().replace(notSlug, QStringLiteral("-"));
    while (slug.startsWith(u'-')) {
        slug.remove(0, 1);
    }
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    return slug;
}

QJsonObject localized(const XzufiText& text)
{
    QJsonObject object;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        const QString plain = XzufiPlainText::text(it.value());
        if (!plain.isEmpty()) {
            object.insert(it.key(), plain);
        }
    }
    return object;
}

bool hasGerman(const QJsonObject& text)
{
    return text.contains(QStringLiteral("de"));
}

std::optional<QString> trustLevelFor(const QString& code)
{
    const QString folded = code.toLower();
    if (folded == u"keines" || folded == u"kein" || folded == u"none") {
        return QStringLiteral("none");
    }
    if (folded == u"basisregistrierung" || folded == u"niedrig" || folded == u"basic" || folded == u"low") {
        return QStringLiteral("basic");
    }
    if (folded == u"substanziell" || folded == u"substantiell" || folded == u"substantial") {
        return QStringLiteral("substantial");
    }
    if (folded == u"hoch" || folded == u"high") {
        return QStringLiteral("high");
    }
    return std::nullopt;
}

// "030 23125-100" → "+49 30 23125-100": the catalog keeps numbers in international form.
QString internationalPhone(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.startsWith(QStringLiteral("00"))) {
        return u'+' + trimmed.mid(2);
    }
    if (trimmed.startsWith(u'0')) {
        return QStringLiteral("+49 ") + trimmed.mid(1);
    }
    return trimmed;
}

// Maps one file; the first problem ends it.
class Mapper
{
public:
    Mapper(const QMap<QString, QJsonObject>& existingServices,
           const QStringList& existingAuthorities,
           const XzufiImportDefaults& defaults,
           const QString& fileName,
           Failure* failure)
        : m_existing(existingServices)
        , m_existingAuthorities(existingAuthorities)
        , m_defaults(defaults)
        , m_fileName(fileName)
        , m_failure(failure)
    {}

    std::optional<XzufiImport> map(const XzufiFile& file)
    {
        XzufiImport result;
        for (const QString& object : file.unread) {
            ++result.notMapped[object];
        }
        QMap<QString, QString> recordByKey;
        QMap<QString, QString> authorityByOrganisation; // XZuFi id → catalog id, once imported
        for (const XzufiLeistung& leistung : file.leistungen) {
            m_leistung = &leistung;
            QJsonObject service;
            if (!mapService(file, &service, &result, &authorityByOrganisation)) {
                return std::nullopt;
            }
            const QString key = service.value(QStringLiteral("key")).toString();
            if (recordByKey.contains(key)) {
                fail(leistung.at,
                     QStringLiteral("its key %1 is also the key of Leistung %2").arg(key, recordByKey[key]));
                return std::nullopt;
            }
            recordByKey.insert(key, leistung.id);
            result.services.push_back(service);
        }
        for (const XzufiOrganisation& organisation : file.organisations) {
            if (!authorityByOrganisation.contains(organisation.id)) {
                ++result.notMapped[QStringLiteral("organisationseinheit (responsible for no imported Leistung)")];
            }
        }
        return result;
    }

private:
    bool fail(const XzufiPosition& at, const QString& what)
    {
        *m_failure = Failure(Failure::Code::Catalog_XzufiNotImportable,
                             QStringLiteral("%1:%2:%3: Leistung %4: %5")
                                 .arg(m_fileName)
                                 .arg(at.line)
                                 .arg(at.column)
                                 .arg(m_leistung->id, what));
        return false;
    }

    bool failOrganisation(const XzufiOrganisation& organisation, const QString& what)
    {
        *m_failure = Failure(Failure::Code::Catalog_XzufiNotImportable,
                             QStringLiteral("%1:%2:%3: Organisationseinheit %4 (responsible for Leistung %5): %6")
                                 .arg(m_fileName)
                                 .arg(organisation.at.line)
                                 .arg(organisation.at.column)
                                 .arg(organisation.id, m_leistung->id, what));
        return false;
    }

    // Pairs the items of each language with the German ones; a language whose list does not
    // line up item by item is left out rather than shown next to the wrong German item.
    QJsonArray textList(const QString& code, XzufiImport* result)
    {
        const XzufiText module = m_leistung->textModules.value(code);
        const QStringList german = XzufiPlainText::items(module.value(QStringLiteral("de")));
        std::vector<QJsonObject> items(static_cast<std::size_t>(german.size()));
        for (auto it = module.cbegin(); it != module.cend(); ++it) {
            const QStringList translated = XzufiPlainText::items(it.value());
            if (translated.size() != german.size()) {
                ++result->notMapped[QStringLiteral("%1 (%2: not item by item like the German text)")
                                        .arg(textModuleName(code), it.key())];
                continue;
            }
            for (qsizetype i = 0; i < translated.size(); ++i) {
                items[static_cast<std::size_t>(i)].insert(it.key(), translated[i]);
            }
        }
        QJsonArray list;
        for (const QJsonObject& item : items) {
            list.append(item);
        }
        return list;
    }

    bool mapFee(const QJsonObject& existing, QJsonObject* fee)
    {
        const std::vector<XzufiCost>& costs = m_leistung->costs;
        if (costs.empty()) {
            if (existing.contains(QStringLiteral("fee"))) {
                *fee = existing.value(QStringLiteral("fee")).toObject();
                return true;
            }
            return fail(m_leistung->at,
                        QStringLiteral("no fee: <modulKosten> has no <kosten> with an amount (a free service says "
                                       "<betragFest>0.00</betragFest>)"));
        }
        XzufiText note = m_leistung->costNote;
        for (const XzufiCost& cost : costs) {
            for (auto it = cost.note.cbegin(); it != cost.note.cend(); ++it) {
                note[it.key()] = note.value(it.key()).isEmpty() ? it.value() : note[it.key()] + u'\n' + it.value();
            }
        }
        if (costs.size() == 1 && costs.front().fixedCents && !costs.front().unit.isEmpty()) {
            const QJsonObject unit = localized(costs.front().unit);
            if (!hasGerman(unit)) {
                return fail(costs.front().at, QStringLiteral("<einheit> has no German text"));
            }
            *fee = {{QStringLiteral("kind"), QStringLiteral("perUnit")},
                    {QStringLiteral("amountCents"), *costs.front().fixedCents},
                    {QStringLiteral("unit"), unit}};
        } else {
            // Several costs (e.g. by age of the applicant) become the range from the lowest to the highest.
            qint64 lowest = std::numeric_limits<qint64>::max();
            qint64 highest = 0;
            for (const XzufiCost& cost : costs) {
                for (const std::optional<qint64>& amount : {cost.fixedCents, cost.minCents, cost.maxCents}) {
                    if (amount) {
                        lowest = std::min(lowest, *amount);
                        highest = std::max(highest, *amount);
                    }
                }
            }
            if (highest == 0) {
                *fee = {{QStringLiteral("kind"), QStringLiteral("none")}};
            } else if (lowest == highest) {
                *fee = {{QStringLiteral("kind"), QStringLiteral("fixed")}, {QStringLiteral("amountCents"), highest}};
            } else {
                *fee = {{QStringLiteral("kind"), QStringLiteral("range")},
                        {QStringLiteral("minCents"), lowest},
                        {QStringLiteral("maxCents"), highest}};
            }
        }
        const QJsonObject noteText = localized(note);
        if (hasGerman(noteText)) {
            fee->insert(QStringLiteral("note"), noteText);
        }
        return true;
    }

    bool mapAuthority(const XzufiFile& file,
                      const QJsonObject& existing,
                      QString* authority,
                      XzufiImport* result,
                      QMap<QString, QString>* authorityByOrganisation)
    {
        for (const XzufiOrganisation& organisation : file.organisations) {
            if (!organisation.responsibleFor.contains(m_leistung->id)) {
                continue;
            }
            if (authorityByOrganisation->contains(organisation.id)) {
                *authority = authorityByOrganisation->value(organisation.id);
                return true;
            }
            QJsonObject entry;
            if (!mapOrganisation(organisation, &entry)) {
                return false;
            }
            *authority = entry.value(QStringLiteral("id")).toString();
            authorityByOrganisation->insert(organisation.id, *authority);
            result->authorities.push_back(entry);
            return true;
        }
        *authority = existing.value(QStringLiteral("authority")).toString();
        if (authority->isEmpty()) {
            *authority = m_defaults.authority;
        }
        if (authority->isEmpty()) {
            return fail(m_leistung->at,
                        QStringLiteral("no responsible authority: no <organisationseinheit> of the file names it in "
                                       "<zustaendigkeit>, and no --authority was given"));
        }
        if (!m_existingAuthorities.contains(*authority)) {
            return fail(m_leistung->at,
                        QStringLiteral("authority \"%1\" is not an authority of the catalog").arg(*authority));
        }
        return true;
    }

    bool mapOrganisation(const XzufiOrganisation& organisation, QJsonObject* entry)
    {
        static const QRegularExpression postalCode(QStringLiteral("^[0-9]{5}$"));
        const QString id = slugOf(organisation.id);
        const QJsonObject name = localized(organisation.name);
        const QJsonObject openingHours = localized(organisation.openingHours);
        if (id.isEmpty()) {
            return failOrganisation(organisation, QStringLiteral("no <id> of letters or digits"));
        }
        if (!hasGerman(name)) {
            return failOrganisation(organisation, QStringLiteral("no German <name>"));
        }
        if (organisation.street.isEmpty() || organisation.city.isEmpty() ||
            !postalCode.match(organisation.postalCode).hasMatch()) {
            return failOrganisation(organisation,
                                    QStringLiteral("no complete <anschrift> (<strasse>, <postleitzahl> of five "
                                                   "digits, <ort>)"));
        }
        if (organisation.phone.isEmpty() || organisation.email.isEmpty()) {
            return failOrganisation(organisation,
                                    QStringLiteral("no phone number and e-mail address (<kommunikation> with <kanal> "
                                                   "02 and 01)"));
        }
        if (!hasGerman(openingHours)) {
            return failOrganisation(organisation, QStringLiteral("no German <oeffnungszeiten>"));
        }
        const QString street = organisation.houseNumber.isEmpty()
                                   ? organisation.street
                                   : organisation.street + u' ' + organisation.houseNumber;
        *entry = {
            {QStringLiteral("id"), QStringLiteral("xzufi-") + id},
            {QStringLiteral("name"), name},
            {QStringLiteral("address"),
             QJsonObject{{QStringLiteral("street"), street},
                         {QStringLiteral("postalCode"), organisation.postalCode},
                         {QStringLiteral("city"), organisation.city}}},
            {QStringLiteral("phone"), internationalPhone(organisation.phone)},
            {QStringLiteral("email"), organisation.email},
            {QStringLiteral("openingHours"), openingHours},
        };
        return true;
    }

    bool mapChannel(const XzufiFile& file, const QJsonObject& existing, QJsonObject* channel)
    {
        for (const XzufiOnlineService& online : file.onlineServices) {
            if (!online.leistungIds.contains(m_leistung->id)) {
                continue;
            }
            const QUrl url(online.url, QUrl::StrictMode);
            if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
                return fail(online.at,
                            QStringLiteral("the <onlinedienst> %1 links to \"%2\", which is not an https:// address")
                                .arg(online.id, online.url));
            }
            *channel = {{QStringLiteral("kind"), QStringLiteral("online")}, {QStringLiteral("url"), online.url}};
            return true;
        }
        *channel = existing.contains(QStringLiteral("channel"))
                       ? existing.value(QStringLiteral("channel")).toObject()
                       : QJsonObject{{QStringLiteral("kind"), QStringLiteral("inPerson")}};
        return true;
    }

    // The catalog's synonyms are curated for the search; the record's terms are added to them.
    QJsonObject synonyms(const QJsonObject& existing) const
    {
        QJsonObject merged = existing.value(QStringLiteral("synonyms")).toObject();
        for (auto it = m_leistung->synonyms.cbegin(); it != m_leistung->synonyms.cend(); ++it) {
            QJsonArray words = merged.value(it.key()).toArray();
            for (const QString& term : it.value()) {
                const QString plain = XzufiPlainText::text(term).simplified();
                if (!plain.isEmpty() && !words.contains(plain)) {
                    words.append(plain);
                }
            }
            merged.insert(it.key(), words);
        }
        return merged;
    }

    bool mapService(const XzufiFile& file,
                    QJsonObject* service,
                    XzufiImport* result,
                    QMap<QString, QString>* authorityByOrganisation)
    {
        const XzufiLeistung& leistung = *m_leistung;
        static const QRegularExpression leika(QStringLiteral("^[0-9]{14}$"));
        if (!leistung.leikaKey.isEmpty() && !leika.match(leistung.leikaKey).hasMatch()) {
            return fail(
                leistung.leikaKeyAt,
                QStringLiteral("<referenzLeiKa> \"%1\" is not a LeiKa key of 14 digits").arg(leistung.leikaKey));
        }
        const QString key = XzufiImporter::keyFor(leistung);
        if (leistung.leikaKey.isEmpty() && !JsonFields::isSlug(key.mid(6))) {
            return fail(leistung.at, QStringLiteral("no <referenzLeiKa>, and its <id> gives no local key"));
        }
        const QJsonObject existing = m_existing.value(key);
        QSet<QString> used{QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("08"), QStringLiteral("09")};

        const QJsonObject name = localized(leistung.textModules.value(QStringLiteral("02")));
        if (!hasGerman(name)) {
            return fail(leistung.at, QStringLiteral("no German Leistungsbezeichnung (<modulText> with code 02)"));
        }
        QJsonObject plainName = localized(leistung.textModules.value(QStringLiteral("03")));
        if (!hasGerman(plainName)) {
            plainName = name;
        }
        QJsonObject description;
        for (const QString& code : {QStringLiteral("05"), QStringLiteral("24"), QStringLiteral("06")}) {
            description = localized(leistung.textModules.value(code));
            if (hasGerman(description)) {
                used.insert(code);
                break;
            }
        }
        if (!hasGerman(description)) {
            return fail(leistung.at,
                        QStringLiteral("no German description (<modulText> with code 05 Kurztext, 24 Teaser or 06 "
                                       "Volltext)"));
        }
        const QString themenfeld = existing.contains(QStringLiteral("themenfeld"))
                                       ? existing.value(QStringLiteral("themenfeld")).toString()
                                       : m_defaults.themenfeld;
        const QJsonArray lagen = existing.contains(QStringLiteral("lagen"))
                                     ? existing.value(QStringLiteral("lagen")).toArray()
                                     : QJsonArray::fromStringList(m_defaults.lagen);
        if (themenfeld.isEmpty() || lagen.isEmpty()) {
            return fail(leistung.at,
                        QStringLiteral("new to the catalog and XZuFi has no OZG Themenfeld: give --themenfeld and "
                                       "--lage"));
        }
        QJsonObject fee;
        if (!mapFee(existing, &fee)) {
            return false;
        }
        QJsonObject processingTime = localized(leistung.processingTime);
        if (!hasGerman(processingTime)) {
            if (existing.contains(QStringLiteral("processingTime"))) {
                processingTime = existing.value(QStringLiteral("processingTime")).toObject();
            } else {
                processingTime = {{QStringLiteral("de"), QStringLiteral("keine Angabe")},
                                  {QStringLiteral("en"), QStringLiteral("not stated")}};
                ++result->processingTimesNotStated;
            }
        }
        QString trustLevel = existing.value(QStringLiteral("trustLevel")).toString(QStringLiteral("none"));
        if (!leistung.trustLevelCode.isEmpty()) {
            const std::optional<QString> level = trustLevelFor(leistung.trustLevelCode);
            if (!level) {
                return fail(leistung.trustLevelAt,
                            QStringLiteral("<vertrauensniveau> \"%1\" is none of keines, basisregistrierung, "
                                           "substanziell, hoch")
                                .arg(leistung.trustLevelCode));
            }
            trustLevel = *level;
        }
        QString authority;
        QJsonObject channel;
        if (!mapAuthority(file, existing, &authority, result, authorityByOrganisation) ||
            !mapChannel(file, existing, &channel)) {
            return false;
        }
        *service = {
            {QStringLiteral("key"), key},
            {QStringLiteral("name"), name},
            {QStringLiteral("plainName"), plainName},
            {QStringLiteral("description"), description},
            {QStringLiteral("themenfeld"), themenfeld},
            {QStringLiteral("lagen"), lagen},
            {QStringLiteral("prerequisites"), textList(QStringLiteral("09"), result)},
            {QStringLiteral("documents"), textList(QStringLiteral("08"), result)},
            {QStringLiteral("fee"), fee},
            {QStringLiteral("processingTime"), processingTime},
            {QStringLiteral("trustLevel"), trustLevel},
            {QStringLiteral("authority"), authority},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("synonyms"), synonyms(existing)},
        };
        QSet<QString> notMapped(leistung.unread.cbegin(), leistung.unread.cend());
        for (auto it = leistung.textModules.cbegin(); it != leistung.textModules.cend(); ++it) {
            if (!used.contains(it.key())) {
                notMapped.insert(textModuleName(it.key()));
            }
        }
        for (const QString& element : notMapped) {
            ++result->notMapped[element];
        }
        return true;
    }

    const QMap<QString, QJsonObject>& m_existing;
    const QStringList& m_existingAuthorities;
    const XzufiImportDefaults& m_defaults;
    QString m_fileName;
    Failure* m_failure;
    const XzufiLeistung* m_leistung = nullptr;
};

} // namespace

XzufiImporter::XzufiImporter(const QJsonObject& catalog, XzufiImportDefaults defaults)
    : m_defaults(std::move(defaults))
{
    for (const QJsonValue& service : catalog.value(QStringLiteral("services")).toArray()) {
        const QJsonObject object = service.toObject();
        m_existingServices.insert(object.value(QStringLiteral("key")).toString(), object);
    }
    for (const QJsonValue& authority : catalog.value(QStringLiteral("authorities")).toArray()) {
        m_existingAuthorities.append(authority.toObject().value(QStringLiteral("id")).toString());
    }
}

QString XzufiImporter::keyFor(const XzufiLeistung& leistung)
{
    return leistung.leikaKey.isEmpty() ? QStringLiteral("local:xzufi-") + slugOf(leistung.id) : leistung.leikaKey;
}

std::optional<XzufiImport> XzufiImporter::import(const XzufiFile& file, const QString& fileName, Failure* failure) const
{
    *failure = Failure();
    return Mapper(m_existingServices, m_existingAuthorities, m_defaults, fileName, failure).map(file);
}

} // namespace bt::app
