#include "Catalog.h"
#include "FormIndex.h"
#include "OzgTaxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

void btInitTerminalResources();

using bt::app::Catalog;
using bt::app::Channel;
using bt::app::Failure;
using bt::app::Fee;
using bt::app::FormIndex;
using bt::app::OzgTaxonomy;

namespace {

// A small valid catalog; each bad-input case changes one thing in it.
QJsonObject validCatalog()
{
    const QJsonObject text{{QStringLiteral("de"), QStringLiteral("Text")},
                           {QStringLiteral("en"), QStringLiteral("Text")}};
    const QJsonObject authority{
        {QStringLiteral("id"), QStringLiteral("buergerbuero")},
        {QStringLiteral("name"), text},
        {QStringLiteral("address"),
         QJsonObject{{QStringLiteral("street"), QStringLiteral("Rathausplatz 1")},
                     {QStringLiteral("postalCode"), QStringLiteral("12345")},
                     {QStringLiteral("city"), QStringLiteral("Musterstadt")}}},
        {QStringLiteral("phone"), QStringLiteral("+49 30 23125-100")},
        {QStringLiteral("email"), QStringLiteral("buergerbuero@musterstadt.example")},
        {QStringLiteral("openingHours"), text},
    };
    const QJsonObject service{
        {QStringLiteral("key"), QStringLiteral("99008001012000")},
        {QStringLiteral("name"), text},
        {QStringLiteral("plainName"), text},
        {QStringLiteral("description"), text},
        {QStringLiteral("themenfeld"), QStringLiteral("querschnitt")},
        {QStringLiteral("lagen"), QJsonArray{QStringLiteral("querschnitt-buerger")}},
        {QStringLiteral("prerequisites"), QJsonArray{text}},
        {QStringLiteral("documents"), QJsonArray{}},
        {QStringLiteral("fee"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("fixed")}, {QStringLiteral("amountCents"), 3700}}},
        {QStringLiteral("processingTime"), text},
        {QStringLiteral("trustLevel"), QStringLiteral("high")},
        {QStringLiteral("authority"), QStringLiteral("buergerbuero")},
        {QStringLiteral("channel"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("inPerson")}}},
        {QStringLiteral("synonyms"), QJsonObject{{QStringLiteral("de"), QJsonArray{QStringLiteral("Perso")}}}},
    };
    return {
        {QStringLiteral("format"), QStringLiteral("buergerterminal-catalog")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("catalogVersion"), QStringLiteral("2026.11.1")},
        {QStringLiteral("issued"), QStringLiteral("2026-11-25")},
        {QStringLiteral("authorities"), QJsonArray{authority}},
        {QStringLiteral("services"), QJsonArray{service}},
    };
}

// Sets a value at a path like "services/0/fee/amountCents" (numbers index arrays).
QJsonValue withChange(const QJsonValue& value, QStringList path, const QJsonValue& replacement)
{
    if (path.isEmpty()) {
        return replacement;
    }
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = value.toArray();
        array[index] = withChange(array[index], path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty() && replacement.isUndefined()) {
        object.remove(head);
        return object;
    }
    object[head] = withChange(object[head], path, replacement);
    return object;
}

QByteArray changed(const QString& path, const QJsonValue& replacement)
{
    return QJsonDocument(withChange(validCatalog(), path.split(u'/'), replacement).toObject()).toJson();
}

} // namespace

class tst_Catalog : public QObject
{
    Q_OBJECT

private:
    std::optional<OzgTaxonomy> m_taxonomy;

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        Failure failure;
        m_taxonomy = OzgTaxonomy::loadShipped(&failure);
        QVERIFY2(m_taxonomy, qPrintable(failure.staffDetail()));
    }

    void validCatalogLoads()
    {
        Failure failure;
        const std::optional<Catalog> catalog =
            Catalog::parse(QJsonDocument(validCatalog()).toJson(), *m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        QVERIFY(!failure);
        QCOMPARE(catalog->services().size(), std::size_t(1));
        const bt::app::Service* service = catalog->find(QStringLiteral("99008001012000"));
        QVERIFY(service);
        QCOMPARE(service->fee.kind, Fee::Kind::Fixed);
        QCOMPARE(service->fee.amountCents, 3700);
        QCOMPARE(service->trustLevel, bt::app::TrustLevel::High);
        QCOMPARE(service->channel.kind, Channel::Kind::InPerson);
        QCOMPARE(service->synonyms.value(QStringLiteral("de")), QStringList{QStringLiteral("Perso")});
        QVERIFY(service->hasLeikaKey());
        QCOMPARE(catalog->authority(QStringLiteral("buergerbuero"))->address.postalCode, QStringLiteral("12345"));
        QCOMPARE(catalog->catalogVersion(), QStringLiteral("2026.11.1"));
    }

    void badCatalogs_data()
    {
        using Code = Failure::Code;
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("expected");
        const QJsonValue removed; // undefined: remove the key

        QTest::newRow("not JSON") << QByteArray("{\"format\":") << Code::Catalog_NotJson
                                  << QStringLiteral("offset 10: unterminated object");
        QTest::newRow("wrong format") << changed(QStringLiteral("format"), QStringLiteral("x"))
                                      << Code::Catalog_WrongFormat
                                      << QStringLiteral("format: must be \"buergerterminal-catalog\"");
        QTest::newRow("root not an object")
            << QByteArray("[" + QJsonDocument(validCatalog()).toJson() + "]") << Code::Catalog_WrongFormat
            << QStringLiteral("format: must be \"buergerterminal-catalog\" in an object at the top of the file");
        QTest::newRow("newer format version")
            << changed(QStringLiteral("formatVersion"), 2) << Code::Catalog_UnsupportedVersion
            << QStringLiteral("formatVersion: only version 1 is supported");
        QTest::newRow("no format version")
            << changed(QStringLiteral("formatVersion"), removed) << Code::Catalog_UnsupportedVersion
            << QStringLiteral("formatVersion: only version 1 is supported");
        QTest::newRow("bad catalog version")
            << changed(QStringLiteral("catalogVersion"), QStringLiteral("v2")) << Code::Catalog_InvalidData
            << QStringLiteral("catalogVersion: must look like 2026.11.1");
        QTest::newRow("bad date") << changed(QStringLiteral("issued"), QStringLiteral("25.11.2026"))
                                  << Code::Catalog_InvalidData
                                  << QStringLiteral("issued: must be a date like 2026-11-25");
        QTest::newRow("no services") << changed(QStringLiteral("services"), QJsonArray{}) << Code::Catalog_InvalidData
                                     << QStringLiteral("services: must list at least one service");
        QTest::newRow("bad key") << changed(QStringLiteral("services/0/key"), QStringLiteral("1234"))
                                 << Code::Catalog_InvalidData
                                 << QStringLiteral("services[0].key: must be a LeiKa key of 14 digits or local:<slug>");
        QTest::newRow("bad local key") << changed(QStringLiteral("services/0/key"),
                                                  QStringLiteral("local:Hund anmelden"))
                                       << Code::Catalog_InvalidData
                                       << QStringLiteral(
                                              "services[0].key: must be a LeiKa key of 14 digits or local:<slug>");
        QTest::newRow("missing German name")
            << changed(QStringLiteral("services/0/name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}})
            << Code::Catalog_InvalidData << QStringLiteral("services[0].name: the German text (\"de\") is missing");
        QTest::newRow("missing description")
            << changed(QStringLiteral("services/0/description"), removed) << Code::Catalog_InvalidData
            << QStringLiteral("services[0].description: must be an object of texts by "
                              "language, e.g. {\"de\": \"…\", \"en\": \"…\"}");
        QTest::newRow("unknown Themenfeld")
            << changed(QStringLiteral("services/0/themenfeld"), QStringLiteral("sport")) << Code::Catalog_InvalidData
            << QStringLiteral("services[0].themenfeld: \"sport\" is not an OZG Themenfeld");
        QTest::newRow("unknown Lage") << changed(QStringLiteral("services/0/lagen"),
                                                 QJsonArray{QStringLiteral("urlaub")})
                                      << Code::Catalog_InvalidData
                                      << QStringLiteral(
                                             "services[0].lagen[0]: \"urlaub\" is not a Lage of the OZG taxonomy");
        QTest::newRow("no Lage") << changed(QStringLiteral("services/0/lagen"), QJsonArray{})
                                 << Code::Catalog_InvalidData
                                 << QStringLiteral("services[0].lagen: must name at least one Lage");
        QTest::newRow("negative fee") << changed(QStringLiteral("services/0/fee/amountCents"), -5)
                                      << Code::Catalog_InvalidData
                                      << QStringLiteral("services[0].fee.amountCents: must be a whole number from 0 to "
                                                        "1000000000");
        QTest::newRow("fee in euros, not cents")
            << changed(QStringLiteral("services/0/fee/amountCents"), 37.5) << Code::Catalog_InvalidData
            << QStringLiteral("services[0].fee.amountCents: must be a whole number "
                              "from 0 to 1000000000");
        QTest::newRow("unknown fee kind")
            << changed(QStringLiteral("services/0/fee/kind"), QStringLiteral("free")) << Code::Catalog_InvalidData
            << QStringLiteral("services[0].fee.kind: must be one of none, fixed, range, perUnit");
        QTest::newRow("empty range") << changed(QStringLiteral("services/0/fee"),
                                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("range")},
                                                            {QStringLiteral("minCents"), 500},
                                                            {QStringLiteral("maxCents"), 500}})
                                     << Code::Catalog_InvalidData
                                     << QStringLiteral("services[0].fee.maxCents: must be larger than minCents");
        QTest::newRow("per unit without unit")
            << changed(QStringLiteral("services/0/fee"),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("perUnit")},
                                   {QStringLiteral("amountCents"), 50}})
            << Code::Catalog_InvalidData
            << QStringLiteral("services[0].fee.unit: must be an object of texts by language, e.g. {\"de\": \"…\", "
                              "\"en\": \"…\"}");
        QTest::newRow("unknown trust level")
            << changed(QStringLiteral("services/0/trustLevel"), QStringLiteral("eid")) << Code::Catalog_InvalidData
            << QStringLiteral("services[0].trustLevel: must be one of none, basic, "
                              "substantial, high");
        QTest::newRow("unknown authority")
            << changed(QStringLiteral("services/0/authority"), QStringLiteral("rathaus")) << Code::Catalog_InvalidData
            << QStringLiteral("services[0].authority: \"rathaus\" is not an authority of "
                              "this catalog");
        QTest::newRow("plain http link")
            << changed(QStringLiteral("services/0/channel"),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("online")},
                                   {QStringLiteral("url"), QStringLiteral("http://www.elster.de")}})
            << Code::Catalog_InvalidData
            << QStringLiteral("services[0].channel.url: \"http://www.elster.de\" is not an https:// address");
        QTest::newRow("terminal without form")
            << changed(QStringLiteral("services/0/channel"),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("terminal")}})
            << Code::Catalog_InvalidData << QStringLiteral("services[0].channel.formId: must be a non-empty text");
        QTest::newRow("terminal form not shipped")
            << changed(QStringLiteral("services/0/channel"),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("terminal")},
                                   {QStringLiteral("formId"), QStringLiteral("hundesteuer-abmeldung")}})
            << Code::Catalog_InvalidData
            << QStringLiteral("services[0].channel.formId: \"hundesteuer-abmeldung\" is not a form of this terminal "
                              "(resources/forms/forms.json)");
        QTest::newRow("synonyms not a list")
            << changed(QStringLiteral("services/0/synonyms"),
                       QJsonObject{{QStringLiteral("de"), QStringLiteral("Perso")}})
            << Code::Catalog_InvalidData
            << QStringLiteral("services[0].synonyms.de: must be a list of words under a two-letter language code");
        QTest::newRow("bad postal code") << changed(QStringLiteral("authorities/0/address/postalCode"),
                                                    QStringLiteral("1234"))
                                         << Code::Catalog_InvalidData
                                         << QStringLiteral("authorities[0].address.postalCode: must be a German postal "
                                                           "code of five digits");
        QTest::newRow("bad phone") << changed(QStringLiteral("authorities/0/phone"), QStringLiteral("030 123"))
                                   << Code::Catalog_InvalidData
                                   << QStringLiteral("authorities[0].phone: must be an international number like "
                                                     "+49 30 23125-100");
        QTest::newRow("authority is a string")
            << changed(QStringLiteral("authorities/0"), QStringLiteral("Rathaus")) << Code::Catalog_InvalidData
            << QStringLiteral("authorities[0]: must be an object");
    }

    void badCatalogs()
    {
        QFETCH(QByteArray, json);
        QFETCH(Failure::Code, code);
        QFETCH(QString, expected);
        Failure failure;
        QVERIFY(!Catalog::parse(json, *m_taxonomy, &failure));
        QCOMPARE(failure.staffDetail(), expected);
        QCOMPARE(failure.code(), code);
    }

    void terminalFormsAreCheckedAgainstTheFormIndex()
    {
        QJsonObject catalog = validCatalog();
        QJsonArray services = catalog.value(QStringLiteral("services")).toArray();
        QJsonObject service = services.first().toObject();
        service[QStringLiteral("channel")] = QJsonObject{{QStringLiteral("kind"), QStringLiteral("terminal")},
                                                         {QStringLiteral("formId"), QStringLiteral("testformular")}};
        services[0] = service;
        catalog[QStringLiteral("services")] = services;
        const QByteArray json = QJsonDocument(catalog).toJson();

        Failure failure;
        const std::optional<FormIndex> index = FormIndex::parse(R"({"format": "buergerterminal-forms",
            "formatVersion": 1, "forms": {"testformular": {"file": "schemas/S99000099_Test.xml",
            "schemaId": "S99000099"}}})",
                                                                &failure);
        QVERIFY2(index, qPrintable(failure.staffDetail()));
        QCOMPARE(index->find(QStringLiteral("testformular"))->file,
                 QStringLiteral(":/forms/schemas/S99000099_Test.xml"));
        QVERIFY2(Catalog::parse(json, *m_taxonomy, *index, &failure), qPrintable(failure.staffDetail()));
        // The shipped index does not have it.
        QVERIFY(!Catalog::parse(json, *m_taxonomy, &failure));
        QCOMPARE(failure.staffDetail(),
                 QStringLiteral("services[0].channel.formId: \"testformular\" is not a form of this terminal "
                                "(resources/forms/forms.json)"));
        QCOMPARE(failure.code(), Failure::Code::Catalog_InvalidData);
        QVERIFY(!Catalog::parse(json, *m_taxonomy, FormIndex(), &failure));
    }

    void formIndex_data()
    {
        using Code = Failure::Code;
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "formatVersion": 1, "forms": {}})")
                                      << Code::Catalog_WrongFormat
                                      << QStringLiteral("format: must be \"buergerterminal-forms\"");
        QTest::newRow("newer format version")
            << QByteArray(R"({"format": "buergerterminal-forms", "formatVersion": 2, "forms": {}})")
            << Code::Catalog_UnsupportedVersion << QStringLiteral("formatVersion: only version 1 is supported");
        QTest::newRow("no forms") << QByteArray(R"({"format": "buergerterminal-forms", "formatVersion": 1})")
                                  << Code::Catalog_InvalidData
                                  << QStringLiteral("forms: must be an object of form id to {\"file\", \"schemaId\"}");
        QTest::newRow("id not a slug")
            << QByteArray(R"({"format": "buergerterminal-forms", "formatVersion": 1, "forms": {"Hund": {}}})")
            << Code::Catalog_InvalidData << QStringLiteral("forms.Hund: a form id must be a lowercase slug");
        QTest::newRow("file outside schemas")
            << QByteArray(R"({"format": "buergerterminal-forms", "formatVersion": 1,
                              "forms": {"hund": {"file": "../catalog/catalog.json", "schemaId": "S99000002"}}})")
            << Code::Catalog_InvalidData
            << QStringLiteral("forms.hund.file: must be a schema file like schemas/S99000001_Name.xml");
        QTest::newRow("bad schema id") << QByteArray(R"({"format": "buergerterminal-forms", "formatVersion": 1,
                              "forms": {"hund": {"file": "schemas/S99000002_Hund.xml", "schemaId": "G99000002"}}})")
                                       << Code::Catalog_InvalidData
                                       << QStringLiteral(
                                              "forms.hund.schemaId: must be a Stammdatenschema id like S99000001");
    }

    void formIndex()
    {
        QFETCH(QByteArray, json);
        QFETCH(Failure::Code, code);
        QFETCH(QString, expected);
        Failure failure;
        QVERIFY(!FormIndex::parse(json, &failure));
        QCOMPARE(failure.staffDetail(), expected);
        QCOMPARE(failure.code(), code);
    }

    void shippedFormIndex()
    {
        Failure failure;
        const std::optional<FormIndex> index = FormIndex::loadShipped(&failure);
        QVERIFY2(index, qPrintable(failure.staffDetail()));
        QCOMPARE(index->formIds(), FormIndex::shipped().formIds());
        QCOMPARE(index->find(QStringLiteral("meldebescheinigung"))->schemaId, QStringLiteral("S99000001"));
    }

    void duplicateKeysAreRefused()
    {
        QJsonObject catalog = validCatalog();
        QJsonArray services = catalog.value(QStringLiteral("services")).toArray();
        services.append(services.first());
        catalog[QStringLiteral("services")] = services;
        Failure failure;
        QVERIFY(!Catalog::parse(QJsonDocument(catalog).toJson(), *m_taxonomy, &failure));
        QCOMPARE(failure.staffDetail(), QStringLiteral("services[1].key: \"99008001012000\" is used twice"));
        QCOMPARE(failure.code(), Failure::Code::Catalog_InvalidData);
    }

    void versionsCompareNumerically()
    {
        QCOMPARE(Catalog::compareVersions(QStringLiteral("2026.11.2"), QStringLiteral("2026.11.10")), -1);
        QCOMPARE(Catalog::compareVersions(QStringLiteral("2027.1.1"), QStringLiteral("2026.12.9")), 1);
        QCOMPARE(Catalog::compareVersions(QStringLiteral("2026.11.1"), QStringLiteral("2026.11.1")), 0);
    }

    void shippedCatalog()
    {
        Failure failure;
        const std::optional<Catalog> catalog = Catalog::loadShipped(*m_taxonomy, &failure);
        QVERIFY2(catalog, qPrintable(failure.staffDetail()));
        QVERIFY2(catalog->services().size() >= 150, qPrintable(QString::number(catalog->services().size())));
        QSet<QString> themenfelder;
        QSet<QString> lagen;
        QSet<QString> forms;
        for (const bt::app::Service& service : catalog->services()) {
            themenfelder.insert(service.themenfeld);
            for (const QString& lage : service.lagen) {
                lagen.insert(lage);
            }
            // English everywhere a citizen reads.
            for (const bt::app::LocalizedText* text : {&service.name, &service.plainName, &service.description}) {
                QVERIFY2(text->has(QStringLiteral("en")), qPrintable(service.key));
            }
            if (service.channel.kind == Channel::Kind::Terminal) {
                forms.insert(service.channel.formId);
            }
        }
        QCOMPARE(themenfelder.size(), qsizetype(14));
        // Every Lebenslage of the taxonomy has at least one service.
        for (const auto& field : m_taxonomy->themenfelder()) {
            for (const auto& lage : field.lagen) {
                QVERIFY2(lage.kind != bt::app::Lage::Kind::Lebenslage || lagen.contains(lage.id), qPrintable(lage.id));
            }
        }
        QCOMPARE(forms,
                 QSet<QString>({QStringLiteral("meldebescheinigung"),
                                QStringLiteral("hundesteuer-anmeldung"),
                                QStringLiteral("bewohnerparkausweis"),
                                QStringLiteral("fuehrungszeugnis"),
                                QStringLiteral("sperrmuell"),
                                QStringLiteral("gewerbeanmeldung"),
                                QStringLiteral("blaue-karte")}));
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_Catalog.moc"
