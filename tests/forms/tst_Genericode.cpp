#include "CodeListRegistry.h"
#include "GenericodeParser.h"

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
};

QTEST_GUILESS_MAIN(tst_Genericode)
#include "tst_Genericode.moc"
