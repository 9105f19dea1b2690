#include "CodeListRegistry.h"
#include "GenericodeParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

QByteArray list(const QByteArray& rows, const QByteArray& columns = {})
{
    return "<?xml version=\"1.0\"?>\n"
           "<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">\n"
           "  <Identification><ShortName>t</ShortName><Version>1</Version><CanonicalUri>urn:test</CanonicalUri>\n"
           "    <CanonicalVersionUri>urn:test_1</CanonicalVersionUri></Identification>\n"
           "  <ColumnSet>" +
           (columns.isEmpty() ? QByteArray("<Column Id=\"code\"/><Column Id=\"kurz\"/><Column Id=\"lang\"/>\n"
                                           "    <Key Id=\"k\"><ColumnRef Ref=\"code\"/></Key>")
                              : columns) +
           "</ColumnSet>\n"
           "  <SimpleCodeList>" +
           rows +
           "</SimpleCodeList>\n"
           "</gc:CodeList>";
}

const QString staatsangehoerigkeitUri =
    QStringLiteral("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit_2017-01-01");
const QString staatUri = QStringLiteral("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat_2017-01-01");

std::shared_ptr<const CodeList> shippedList(const QString& versionUri)
{
    btInitTerminalResources();
    SchemaError error;
    const std::optional<CodeListRegistry> registry =
        CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
    if (!registry) {
        qWarning().noquote() << error.toString();
        return nullptr;
    }
    return registry->find(CodeListReference{{}, {}, versionUri});
}

} // namespace

class tst_Genericode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsIdentityCodesAndLabels()
    {
        SchemaError error;
        const std::optional<CodeList> parsed = GenericodeParser::parse(
            list("<Row><Value ColumnRef=\"code\"><SimpleValue>01</SimpleValue></Value>\n"
                 "                     <Value ColumnRef=\"kurz\"><SimpleValue>Eins</SimpleValue></Value></Row>\n"
                 "                   "
                 "<Row><Value><SimpleValue>02</SimpleValue></Value><Value><SimpleValue>Zwei</SimpleValue></Value></"
                 "Row>"),
            QStringLiteral("t.xml"),
            &error);
        QVERIFY2(parsed, qPrintable(error.toString()));
        QCOMPARE(parsed->identity().canonicalUri, QStringLiteral("urn:test"));
        QCOMPARE(parsed->identity().versionUri(), QStringLiteral("urn:test_1"));
        QCOMPARE(parsed->entries().size(), std::size_t(2));
        QCOMPARE(parsed->find(QStringLiteral("01"))->label, QStringLiteral("Eins"));
        QCOMPARE(parsed->find(QStringLiteral("02"))->label, QStringLiteral("Zwei")); // values by column order
        QVERIFY(!parsed->find(QStringLiteral("03")));
    }

    void labelColumnByName()
    {
        SchemaError error;
        const std::optional<CodeList> parsed = GenericodeParser::parse(
            list("<Row><Value ColumnRef=\"code\"><SimpleValue>01</SimpleValue></Value>\n"
                 "                     <Value ColumnRef=\"kurz\"><SimpleValue>E</SimpleValue></Value>\n"
                 "                     <Value ColumnRef=\"lang\"><SimpleValue>Eins</SimpleValue></Value></Row>"),
            QStringLiteral("t.xml"),
            &error,
            QStringLiteral("lang"));
        QVERIFY(parsed);
        QCOMPARE(parsed->entries().front().label, QStringLiteral("Eins"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("not genericode") << QByteArray("<CodeList/>") << "not a genericode 1.0 code list";
        QTest::newRow("no rows") << list("") << "has no rows";
        QTest::newRow("duplicate code")
            << list("<Row><Value ColumnRef=\"code\"><SimpleValue>1</SimpleValue></Value></Row>\n"
                    "                       <Row><Value ColumnRef=\"code\"><SimpleValue>1</SimpleValue></Value></Row>")
            << "code \"1\" appears twice";
        QTest::newRow("row without code")
            << list("<Row><Value ColumnRef=\"kurz\"><SimpleValue>x</SimpleValue></Value></Row>")
            << "a <Row> has no code";
        QTest::newRow("truncated") << list("<Row>").left(200) << "not well-formed XML";
    }

    void rejects()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        SchemaError error;
        QVERIFY(!GenericodeParser::parse(xml, QStringLiteral("bad.xml"), &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QVERIFY(error.line > 0);
    }

    // The lists S00000121_BlaueKarte.xml names are shipped and found by their URNs.
    void shippedListsResolve_data()
    {
        QTest::addColumn<QString>("canonicalUri");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::newRow("Geschlecht") << "urn:xpersonenstand:schluesseltabelle:geschlecht"
                                    << "2"
                                    << "w"
                                    << "weiblich";
        QTest::newRow("Staatsangehörigkeit")
            << "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit"
            << "2017-01-01"
            << "000"
            << "deutsch";
        QTest::newRow("Staat") << "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat"
                               << "2017-01-01"
                               << "121"
                               << "Albanien";
        QTest::newRow("Erreichbarkeit") << "urn:de:xoev:codeliste:erreichbarkeit"
                                        << "2"
                                        << "01"
                                        << "E-Mail";
        QTest::newRow("Rechtsform (local)") << "urn:de:buergerterminal:codeliste:gewerbe-rechtsform"
                                            << "1"
                                            << "07"
                                            << "Gesellschaft mit beschränkter Haftung (GmbH)";
    }

    void shippedListsResolve()
    {
        QFETCH(QString, canonicalUri);
        QFETCH(QString, version);
        QFETCH(QString, code);
        QFETCH(QString, label);
        btInitTerminalResources();
        SchemaError error;
        const std::optional<CodeListRegistry> registry =
            CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(registry, qPrintable(error.toString()));
        // The four lists of the Blaue Karte and the eight local lists of the Musterstadt forms.
        QCOMPARE(registry->size(), std::size_t(12));
        for (const CodeListReference& reference : {CodeListReference{canonicalUri, version, {}},
                                                   CodeListReference{{}, {}, canonicalUri + u'_' + version},
                                                   CodeListReference{canonicalUri, {}, {}}}) {
            const std::shared_ptr<const CodeList> found = registry->find(reference);
            QVERIFY(found);
            QCOMPARE(found->find(code)->label, label);
        }
        QVERIFY(!registry->find(CodeListReference{canonicalUri, QStringLiteral("1999"), {}}));
    }

    // The two DESTATIS lists are complete (resources/forms/codelists/README.md): every key once,
    // three digits, the size we counted from the sources, and keys we checked by hand.
    void destatisListsAreComplete_data()
    {
        QTest::addColumn<QString>("versionUri");
        QTest::addColumn<int>("size");
        QTest::addColumn<QStringList>("expected"); // "code label"
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("Staatsangehörigkeit")
            << staatsangehoerigkeitUri << 208
            << QStringList{QStringLiteral("000 deutsch"),
                           QStringLiteral("129 französisch"),
                           QStringLiteral("163 türkisch"),
                           QStringLiteral("152 polnisch"),
                           QStringLiteral("160 russisch"),
                           QStringLiteral("166 ukrainisch"),
                           QStringLiteral("475 syrisch"),
                           QStringLiteral("368 amerikanisch"),
                           QStringLiteral("168 britisch"),
                           QStringLiteral("150 kosovarisch"),
                           QStringLiteral("159 sowjetisch"),
                           QStringLiteral("997 staatenlos"),
                           QStringLiteral("998 ungeklärt"),
                           QStringLiteral("999 ohne Angabe")}
            // Not in this list (Cook Islands, Niue: New Zealand nationals); left out (README).
            << QStringList{QStringLiteral("527"),
                           QStringLiteral("533"),
                           QStringLiteral("185"),
                           QStringLiteral("459"),
                           QStringLiteral("910")};
        QTest::newRow("Staat") << staatUri << 197
                               << QStringList{QStringLiteral("000 Deutschland"),
                                              QStringLiteral("129 Frankreich"),
                                              QStringLiteral("163 Türkei"),
                                              QStringLiteral("152 Polen"),
                                              QStringLiteral("168 Vereinigtes Königreich"),
                                              QStringLiteral("368 Vereinigte Staaten"),
                                              QStringLiteral("150 Kosovo"),
                                              QStringLiteral("475 Arabische Republik Syrien"),
                                              QStringLiteral("527 Cookinseln")}
                               // Former states and substitute values are keys of nationalities only.
                               << QStringList{QStringLiteral("159"), QStringLiteral("997"), QStringLiteral("999")};
    }

    void destatisListsAreComplete()
    {
        QFETCH(QString, versionUri);
        QFETCH(int, size);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const std::shared_ptr<const CodeList> list = shippedList(versionUri);
        QVERIFY(list);
        QCOMPARE(int(list->entries().size()), size);
        // Deutschland first: the most common answer at a German town hall is at the top.
        QCOMPARE(list->entries().front().code, QStringLiteral("000"));
        static const QRegularExpression threeDigits(QStringLiteral("^[0-9]{3}$"));
        QSet<QString> codes;
        for (const CodeListEntry& entry : list->entries()) {
            QVERIFY2(threeDigits.match(entry.code).hasMatch(), qPrintable(entry.code));
            QVERIFY2(!codes.contains(entry.code), qPrintable(entry.code));
            codes.insert(entry.code);
            QVERIFY2(!entry.label.isEmpty() && entry.label != entry.code, qPrintable(entry.code));
        }
        for (const QString& pair : expected) {
            const QString code = pair.section(u' ', 0, 0);
            const CodeListEntry* entry = list->find(code);
            QVERIFY2(entry, qPrintable(code));
            QCOMPARE(entry->label, pair.section(u' ', 1));
        }
        for (const QString& code : absent) {
            QVERIFY2(!list->find(code), qPrintable(code));
        }
    }

    // Every state is a nationality, except the two whose people are New Zealand nationals.
    void everyStateHasANationality()
    {
        const std::shared_ptr<const CodeList> staat = shippedList(staatUri);
        const std::shared_ptr<const CodeList> staatsangehoerigkeit = shippedList(staatsangehoerigkeitUri);
        QVERIFY(staat && staatsangehoerigkeit);
        for (const CodeListEntry& entry : staat->entries()) {
            if (entry.code != u"527" && entry.code != u"533") {
                QVERIFY2(staatsangehoerigkeit->find(entry.code), qPrintable(entry.code + u' ' + entry.label));
            }
        }
    }

    // DG10 of an eID gives the ICAO code; the shipped table maps it to a key of the shipped list.
    void icaoNationalityMapping()
    {
        btInitTerminalResources();
        QFile file(QStringLiteral(":/forms/codelists/icao-nationality-to-destatis.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("codeList")).toString(), staatsangehoerigkeitUri);
        const QJsonObject mapping = root.value(QStringLiteral("mapping")).toObject();
        QCOMPARE(mapping.size(), qsizetype(201));
        QCOMPARE(mapping.value(QStringLiteral("D")).toString(), QStringLiteral("000"));
        QCOMPARE(mapping.value(QStringLiteral("DEU")).toString(), QStringLiteral("000"));
        QCOMPARE(mapping.value(QStringLiteral("FRA")).toString(), QStringLiteral("129"));
        QCOMPARE(mapping.value(QStringLiteral("TUR")).toString(), QStringLiteral("163"));
        QCOMPARE(mapping.value(QStringLiteral("GBR")).toString(), QStringLiteral("168"));
        QCOMPARE(mapping.value(QStringLiteral("RKS")).toString(), QStringLiteral("150"));
        QCOMPARE(mapping.value(QStringLiteral("XXA")).toString(), QStringLiteral("997"));
        // No DESTATIS key fits a refugee or an unspecified nationality: the citizen chooses.
        QVERIFY(!mapping.contains(QStringLiteral("XXB")));
        QVERIFY(!mapping.contains(QStringLiteral("XXX")));
        const std::shared_ptr<const CodeList> list = shippedList(staatsangehoerigkeitUri);
        QVERIFY(list);
        for (auto it = mapping.begin(); it != mapping.end(); ++it) {
            QVERIFY2(list->find(it.value().toString()), qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Genericode)
#include "tst_Genericode.moc"
