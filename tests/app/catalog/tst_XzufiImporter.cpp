#include "Catalog.h"
#include "CatalogMerge.h"
#include "OzgTaxonomy.h"
#include "XzufiImporter.h"
#include "XzufiPlainText.h"
#include "XzufiReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

void btInitTerminalResources();

using namespace bt::app;

namespace {

const QString dataDir = QStringLiteral(BT_XZUFI_DATA_DIR);

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject shippedCatalog()
{
    QFile file(QString::fromLatin1(Catalog::resourcePath));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// A catalog of one service and one authority: imported services are new to it.
QJsonObject smallCatalog()
{
    QJsonObject catalog = shippedCatalog();
    catalog[QStringLiteral("services")] = QJsonArray{catalog.value(QStringLiteral("services")).toArray().first()};
    return catalog;
}

} // namespace

class tst_XzufiImporter : public QObject
{
    Q_OBJECT

private:
    std::optional<OzgTaxonomy> m_taxonomy;
    const XzufiImportDefaults m_defaults{
        QStringLiteral("buergerbuero"), QStringLiteral("querschnitt"), {QStringLiteral("querschnitt-buerger")}};

    // Reads, imports and merges a data file; the result must load through the catalog loader.
    std::optional<Catalog> importInto(const QJsonObject& catalog, const QString& name, XzufiImport* imported = nullptr)
    {
        Failure failure;
        const QString path = dataDir + u'/' + name;
        const std::optional<XzufiFile> file = XzufiReader::read(fileBytes(path), path, &failure);
        if (!file) {
            qWarning() << failure;
            return std::nullopt;
        }
        const std::optional<XzufiImport> result = XzufiImporter(catalog, m_defaults).import(*file, path, &failure);
        if (!result) {
            qWarning() << failure;
            return std::nullopt;
        }
        if (imported) {
            *imported = *result;
        }
        CatalogMerge::Counts counts;
        const QJsonObject merged = CatalogMerge::merge(catalog, result->services, result->authorities, &counts);
        std::optional<Catalog> loaded = Catalog::parse(QJsonDocument(merged).toJson(), *m_taxonomy, &failure);
        if (!loaded) {
            qWarning() << failure;
        }
        return loaded;
    }

    Failure importFailure(const QString& name, const XzufiImportDefaults& defaults)
    {
        Failure failure;
        const QString path = dataDir + u'/' + name;
        const std::optional<XzufiFile> file = XzufiReader::read(fileBytes(path), path, &failure);
        if (file && XzufiImporter(smallCatalog(), defaults).import(*file, path, &failure)) {
            return {};
        }
        return failure;
    }

    QString importError(const QString& name, const XzufiImportDefaults& defaults)
    {
        return importFailure(name, defaults).staffDetail();
    }

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        Failure failure;
        m_taxonomy = OzgTaxonomy::loadShipped(&failure);
        QVERIFY2(m_taxonomy, qPrintable(failure.staffDetail()));
    }

    void namesTextsAndListsInBothLanguages()
    {
        const std::optional<Catalog> catalog = importInto(smallCatalog(), QStringLiteral("personalausweis.xml"));
        QVERIFY(catalog);
        const Service* service = catalog->find(QStringLiteral("99008001012000"));
        QVERIFY(service);
        QCOMPARE(service->name.in(QStringLiteral("de")), QStringLiteral("Personalausweis Ausstellung"));
        QCOMPARE(service->name.in(QStringLiteral("en")), QStringLiteral("Identity card issuance"));
        QCOMPARE(service->plainName.in(QStringLiteral("de")), QStringLiteral("Personalausweis beantragen"));
        QCOMPARE(service->plainName.in(QStringLiteral("en")), QStringLiteral("Apply for an identity card"));
        // Kurztext (05) wins over Volltext (06); HTML becomes plain text.
        QCOMPARE(service->description.in(QStringLiteral("de")),
                 QStringLiteral("Mit dem Personalausweis weisen Sie sich aus. Sie beantragen ihn persönlich."));
        QCOMPARE(service->documents.size(), std::size_t(2));
        QCOMPARE(service->documents[1].in(QStringLiteral("de")), QStringLiteral("ein biometrisches Passfoto"));
        QCOMPARE(service->documents[1].in(QStringLiteral("en")), QStringLiteral("one biometric passport photo"));
        // English prerequisites do not line up item by item: German only.
        QCOMPARE(service->prerequisites.size(), std::size_t(2));
        QCOMPARE(service->prerequisites[0].in(QStringLiteral("de")),
                 QStringLiteral("Sie sind Deutsche oder Deutscher."));
        QVERIFY(!service->prerequisites[0].has(QStringLiteral("en")));
        QCOMPARE(service->processingTime.in(QStringLiteral("en")), QStringLiteral("3 to 4 weeks"));
    }

    void severalFeesBecomeARangeWithTheirNotes()
    {
        const std::optional<Catalog> catalog = importInto(smallCatalog(), QStringLiteral("personalausweis.xml"));
        QVERIFY(catalog);
        const Fee& fee = catalog->find(QStringLiteral("99008001012000"))->fee;
        QCOMPARE(fee.kind, Fee::Kind::Range);
        QCOMPARE(fee.minCents, 2280);
        QCOMPARE(fee.maxCents, 3700);
        QVERIFY(fee.hasNote);
        QCOMPARE(fee.note.in(QStringLiteral("de")), QStringLiteral("ab 24 Jahren\nunter 24 Jahren"));
    }

    void trustLevelAndSynonyms()
    {
        const std::optional<Catalog> catalog = importInto(smallCatalog(), QStringLiteral("personalausweis.xml"));
        QVERIFY(catalog);
        const Service* service = catalog->find(QStringLiteral("99008001012000"));
        QCOMPARE(service->trustLevel, TrustLevel::High);
        QVERIFY(service->synonyms.value(QStringLiteral("de")).contains(QStringLiteral("Ausweis verlängern")));
        QVERIFY(service->synonyms.value(QStringLiteral("en")).contains(QStringLiteral("ID card renewal")));
    }

    void replacingKeepsWhatXzufiDoesNotCarry()
    {
        const QJsonObject catalog = shippedCatalog();
        Failure failure;
        const std::optional<Catalog> before = Catalog::parse(QJsonDocument(catalog).toJson(), *m_taxonomy, &failure);
        QVERIFY2(before, qPrintable(failure.staffDetail()));
        XzufiImport imported;
        const std::optional<Catalog> after = importInto(catalog, QStringLiteral("personalausweis.xml"), &imported);
        QVERIFY(after);
        QCOMPARE(after->services().size(), before->services().size());
        const Service* old = before->find(QStringLiteral("99008001012000"));
        const Service* service = after->find(QStringLiteral("99008001012000"));
        QCOMPARE(service->themenfeld, old->themenfeld);
        QCOMPARE(service->lagen, old->lagen);
        QCOMPARE(service->authority, old->authority);
        QCOMPARE(service->channel.kind, old->channel.kind);
        // Curated synonyms stay, the record's are added.
        for (const QString& word : old->synonyms.value(QStringLiteral("de"))) {
            QVERIFY(service->synonyms.value(QStringLiteral("de")).contains(word));
        }
        QCOMPARE(imported.notMapped.value(QStringLiteral("modulFrist")), 1);
        QCOMPARE(imported.notMapped.value(QStringLiteral("modulText 07 Rechtsgrundlagen")), 1);
        QCOMPARE(imported.notMapped.value(QStringLiteral("modulText 06 Volltext")), 1);
    }

    void messageWithOrganisationAndOnlineService()
    {
        XzufiImport imported;
        const std::optional<Catalog> catalog =
            importInto(smallCatalog(), QStringLiteral("transfer-hundesteuer.xml"), &imported);
        QVERIFY(catalog);
        QCOMPARE(imported.services.size(), std::size_t(2));
        const Authority* authority = catalog->authority(QStringLiteral("xzufi-oe-4711"));
        QVERIFY(authority);
        QCOMPARE(authority->name.in(QStringLiteral("en")), QStringLiteral("Town Treasury Musterstadt"));
        QCOMPARE(authority->address.street, QStringLiteral("Marktplatz 3"));
        QCOMPARE(authority->address.postalCode, QStringLiteral("12345"));
        QCOMPARE(authority->phone, QStringLiteral("+49 30 23125-400"));
        QCOMPARE(authority->email, QStringLiteral("stadtkasse@musterstadt.example"));
        QCOMPARE(authority->openingHours.in(QStringLiteral("de")), QStringLiteral("Mo bis Fr 8 bis 12 Uhr"));

        const Service* registration = catalog->find(QStringLiteral("99102013104000"));
        QVERIFY(registration);
        QCOMPARE(registration->authority, QStringLiteral("xzufi-oe-4711"));
        QCOMPARE(registration->fee.kind, Fee::Kind::None);
        QVERIFY(registration->fee.hasNote);
        QCOMPARE(registration->trustLevel, TrustLevel::Basic);
        QCOMPARE(registration->description.in(QStringLiteral("de")),
                 QStringLiteral("Wer einen Hund hält, meldet ihn bei der Stadtkasse an.")); // Teaser (24)
        QCOMPARE(registration->processingTime.in(QStringLiteral("de")), QStringLiteral("keine Angabe"));
        QCOMPARE(imported.processingTimesNotStated, 1);

        // No LeiKa key: a local key from the record's id.
        const Service* reduction = catalog->find(QStringLiteral("local:xzufi-l100001-2002"));
        QVERIFY(reduction);
        QCOMPARE(reduction->plainName.in(QStringLiteral("de")), QStringLiteral("Hundesteuer Ermäßigung"));
        QCOMPARE(reduction->fee.kind, Fee::Kind::Range);
        QCOMPARE(reduction->fee.minCents, 3000);
        QCOMPARE(reduction->fee.maxCents, 6050);
        QCOMPARE(reduction->trustLevel, TrustLevel::Substantial);
        QCOMPARE(reduction->channel.kind, Channel::Kind::Online);
        QCOMPARE(reduction->channel.url.toString(),
                 QStringLiteral("https://service.musterstadt.example/hundesteuer-ermaessigung"));
        QCOMPARE(imported.notMapped.value(QStringLiteral("spezialisierung")), 1);
    }

    void feePerUnitAndDefaultNamespace()
    {
        const std::optional<Catalog> catalog = importInto(smallCatalog(), QStringLiteral("kopie-per-seite.xml"));
        QVERIFY(catalog);
        const Service* service = catalog->find(QStringLiteral("local:xzufi-kopie-bauakte-7"));
        QVERIFY(service);
        QCOMPARE(service->fee.kind, Fee::Kind::PerUnit);
        QCOMPARE(service->fee.amountCents, 50);
        QCOMPARE(service->fee.unit.in(QStringLiteral("en")), QStringLiteral("per page"));
        QCOMPARE(service->trustLevel, TrustLevel::None);
        QCOMPARE(service->authority, QStringLiteral("buergerbuero")); // --authority
        QCOMPARE(service->themenfeld, QStringLiteral("querschnitt"));
        QCOMPARE(service->channel.kind, Channel::Kind::InPerson);
    }

    void plainTextFromHtml()
    {
        QCOMPARE(XzufiPlainText::text(QStringLiteral("<p>Erste&nbsp;Zeile</p><p>Zweite <b>Zeile</b></p>")),
                 QStringLiteral("Erste Zeile\nZweite Zeile"));
        QCOMPARE(XzufiPlainText::items(QStringLiteral("• eins\n2. zwei\n\n- drei &amp; vier")),
                 (QStringList{QStringLiteral("eins"), QStringLiteral("zwei"), QStringLiteral("drei & vier")}));
    }

    void badInputIsRejectedWithWhereAndWhat_data()
    {
        using Code = Failure::Code;
        QTest::addColumn<QString>("file");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("foreign namespace") << QStringLiteral("bad-namespace.xml") << Code::Catalog_XzufiInvalid
                                           << QStringLiteral("bad-namespace.xml:3:54: the root element <leistung> is "
                                                             "not in the XZuFi 2.2.0 namespace");
        QTest::newRow("not XML") << QStringLiteral("bad-not-xml.xml") << Code::Catalog_XzufiMalformed
                                 << QStringLiteral("malformed XML");
        QTest::newRow("truncated") << QStringLiteral("bad-truncated.xml") << Code::Catalog_XzufiMalformed
                                   << QStringLiteral("malformed XML: ");
        QTest::newRow("other XZuFi version") << QStringLiteral("bad-version.xml") << Code::Catalog_XzufiInvalid
                                             << QStringLiteral("xzufiVersion \"2.1.0\" is not 2.2.x");
        QTest::newRow("amount with comma")
            << QStringLiteral("bad-amount.xml") << Code::Catalog_XzufiInvalid
            << QStringLiteral("bad-amount.xml:6:35: <betragFest> \"15,00\" is not an amount in euros like 37.00");
        QTest::newRow("min above max") << QStringLiteral("bad-range.xml") << Code::Catalog_XzufiInvalid
                                       << QStringLiteral("<kosten>: <betragMin> is larger than <betragMax>");
        QTest::newRow("no German name")
            << QStringLiteral("bad-missing-name.xml") << Code::Catalog_XzufiNotImportable
            << QStringLiteral("bad-missing-name.xml:2:54: Leistung L-missing-name: no German Leistungsbezeichnung");
        QTest::newRow("malformed LeiKa key")
            << QStringLiteral("bad-leika-key.xml") << Code::Catalog_XzufiNotImportable
            << QStringLiteral("Leistung L-bad-leika: <referenzLeiKa> \"990080010120\" is not a LeiKa key of 14 digits");
        QTest::newRow("no fee") << QStringLiteral("bad-no-fee.xml") << Code::Catalog_XzufiNotImportable
                                << QStringLiteral("Leistung L-no-fee: no fee");
        QTest::newRow("online service not https")
            << QStringLiteral("bad-online-url.xml") << Code::Catalog_XzufiNotImportable
            << QStringLiteral("Leistung L-http: the <onlinedienst> OD-1 links to");
        QTest::newRow("unknown trust level")
            << QStringLiteral("bad-trust-level.xml") << Code::Catalog_XzufiNotImportable
            << QStringLiteral("Leistung L-bad-trust: <vertrauensniveau> \"maximal\"");
    }

    void badInputIsRejectedWithWhereAndWhat()
    {
        QFETCH(QString, file);
        QFETCH(Failure::Code, code);
        QFETCH(QString, message);
        const Failure failure = importFailure(file, m_defaults);
        const QString& error = failure.staffDetail();
        QVERIFY2(error.startsWith(dataDir + u'/' + file + u':'), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(failure.code(), code);
    }

    void newServiceWithoutDefaultsIsRejected()
    {
        const QString noThemenfeld =
            importError(QStringLiteral("kopie-per-seite.xml"), {QStringLiteral("buergerbuero"), {}, {}});
        QVERIFY2(noThemenfeld.contains(QStringLiteral("give --themenfeld and --lage")), qPrintable(noThemenfeld));
        const QString noAuthority =
            importError(QStringLiteral("kopie-per-seite.xml"),
                        {{}, QStringLiteral("querschnitt"), {QStringLiteral("querschnitt-buerger")}});
        QVERIFY2(noAuthority.contains(QStringLiteral("no responsible authority")), qPrintable(noAuthority));
        const QString unknownAuthority = importError(
            QStringLiteral("kopie-per-seite.xml"),
            {QStringLiteral("rathaus"), QStringLiteral("querschnitt"), {QStringLiteral("querschnitt-buerger")}});
        QVERIFY2(unknownAuthority.contains(QStringLiteral("\"rathaus\" is not an authority")),
                 qPrintable(unknownAuthority));
    }

    void sameKeyTwiceIsRejected()
    {
        const QByteArray record = fileBytes(dataDir + QStringLiteral("/kopie-per-seite.xml"));
        const qsizetype start = record.indexOf("<leistung ");
        QByteArray twice = record.left(start) + "<transfer xmlns=\"http://xoev.de/schemata/xzufi/2_2_0\">" +
                           record.mid(start) + record.mid(start) + "</transfer>";
        twice.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- A Leistung", "<!-- A Leistung");
        Failure failure;
        const std::optional<XzufiFile> file = XzufiReader::read(twice, QStringLiteral("twice.xml"), &failure);
        QVERIFY2(file, qPrintable(failure.staffDetail()));
        QCOMPARE(file->leistungen.size(), std::size_t(2));
        QVERIFY(!XzufiImporter(smallCatalog(), m_defaults).import(*file, QStringLiteral("twice.xml"), &failure));
        QVERIFY2(failure.staffDetail().contains(QStringLiteral("is also the key of Leistung Kopie Bauakte/7")),
                 qPrintable(failure.staffDetail()));
        QCOMPARE(failure.code(), Failure::Code::Catalog_XzufiNotImportable);
    }
};

QTEST_GUILESS_MAIN(tst_XzufiImporter)
#include "tst_XzufiImporter.moc"
