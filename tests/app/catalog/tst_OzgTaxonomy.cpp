#include "OzgTaxonomy.h"

#include <QSet>
#include <QTest>

void btInitTerminalResources();

using bt::app::Failure;
using bt::app::Lage;
using bt::app::OzgTaxonomy;

class tst_OzgTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { btInitTerminalResources(); }

    void shippedTaxonomy()
    {
        Failure failure;
        const std::optional<OzgTaxonomy> taxonomy = OzgTaxonomy::loadShipped(&failure);
        QVERIFY2(taxonomy, qPrintable(failure.staffDetail()));
        QCOMPARE(taxonomy->themenfelder().size(), std::size_t(14));
        QCOMPARE(taxonomy->themenfelder().front().name.in(QStringLiteral("de")), QStringLiteral("Arbeit & Ruhestand"));
        QCOMPARE(taxonomy->themenfelder().front().name.in(QStringLiteral("en")), QStringLiteral("Work & retirement"));
        // A language without texts falls back to German, the official language.
        QCOMPARE(taxonomy->themenfelder().front().name.in(QStringLiteral("tr")), QStringLiteral("Arbeit & Ruhestand"));
        int lebenslagen = 0;
        QSet<QString> names;
        for (const auto& field : taxonomy->themenfelder()) {
            QVERIFY(!field.lagen.empty());
            names.insert(field.name.in(QStringLiteral("de")));
            for (const Lage& lage : field.lagen) {
                lebenslagen += lage.kind == Lage::Kind::Lebenslage ? 1 : 0;
            }
        }
        // The OZG's "Querschnitt" is office jargon: citizens read what is in it.
        QVERIFY(names.contains(QStringLiteral("Ausweise & Urkunden")));
        QVERIFY(!names.contains(QStringLiteral("Querschnitt")));
        QVERIFY(names.contains(QStringLiteral("Mobilität & Reisen")));
        // The OZG's 35 Lebenslagen plus the Querschnitt group (see resources/taxonomy/README.md).
        QCOMPARE(lebenslagen, 36);
        QVERIFY(taxonomy->find(QStringLiteral("bildung")));
        QVERIFY(!taxonomy->find(QStringLiteral("nope")));
    }

    void badFiles_data()
    {
        using Code = Failure::Code;
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format":"buergerterminal-ozg-taxonomy","formatVersion":1,"themenfelder":)";
        const QByteArray lage = R"({"id":"schule","kind":"lebenslage","name":{"de":"Schule"}})";
        const auto field = [&](const QByteArray& id, const QByteArray& icon, const QByteArray& lagen) {
            return "{\"id\":\"" + id + "\",\"icon\":\"" + icon +
                   "\",\"name\":{\"de\":\"Bildung\",\"en\":\"Education\"},\"summary\":{\"de\":\"S\"},\"lagen\":[" +
                   lagen + "]}";
        };
        QTest::newRow("not json") << QByteArray("{") << Code::Catalog_NotJson
                                  << QStringLiteral("offset 1: unterminated object");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x"})") << Code::Catalog_WrongFormat
                                      << QStringLiteral("format: must be \"buergerterminal-ozg-taxonomy\"");
        QTest::newRow("root not an object")
            << QByteArray(R"([{"format":"buergerterminal-ozg-taxonomy","formatVersion":1}])")
            << Code::Catalog_WrongFormat
            << QStringLiteral("format: must be \"buergerterminal-ozg-taxonomy\" in an object at the top of the file");
        QTest::newRow("future version") << QByteArray(R"({"format":"buergerterminal-ozg-taxonomy","formatVersion":2})")
                                        << Code::Catalog_UnsupportedVersion
                                        << QStringLiteral("formatVersion: only version 1 is supported");
        QTest::newRow("no version") << QByteArray(R"({"format":"buergerterminal-ozg-taxonomy","themenfelder":[]})")
                                    << Code::Catalog_UnsupportedVersion
                                    << QStringLiteral("formatVersion: only version 1 is supported");
        QTest::newRow("no themenfelder") << head + "[]}" << Code::Catalog_InvalidData
                                         << QStringLiteral("themenfelder: must be a non-empty array");
        QTest::newRow("bad id") << head + "[" + field("Bildung!", "bildung.svg", lage) + "]}"
                                << Code::Catalog_InvalidData
                                << QStringLiteral("themenfelder[0].id: must be a lowercase slug like \"bauen-wohnen\"");
        QTest::newRow("unknown icon") << head + "[" + field("bildung", "nope.svg", lage) + "]}"
                                      << Code::Catalog_InvalidData
                                      << QStringLiteral("themenfelder[0].icon: \"nope.svg\" is not a shipped icon");
        QTest::newRow("icon outside the icon folder")
            << head + "[" + field("bildung", "../coat-of-arms.svg", lage) + "]}" << Code::Catalog_InvalidData
            << QStringLiteral("themenfelder[0].icon: \"../coat-of-arms.svg\" is not a shipped icon");
        QTest::newRow("no lagen") << head + "[" + field("bildung", "bildung.svg", "") + "]}"
                                  << Code::Catalog_InvalidData
                                  << QStringLiteral("themenfelder[0].lagen: must be a non-empty array");
        QTest::newRow("duplicate id") << head + "[" + field("schule", "bildung.svg", lage) + "]}"
                                      << Code::Catalog_InvalidData
                                      << QStringLiteral("themenfelder[0].lagen[0].id: \"schule\" is used twice");
        QTest::newRow("lage without German name")
            << head + "[" +
                   field("bildung", "bildung.svg", R"({"id":"schule","kind":"lebenslage","name":{"en":"School"}})") +
                   "]}"
            << Code::Catalog_InvalidData
            << QStringLiteral("themenfelder[0].lagen[0].name: the German text (\"de\") is missing");
        QTest::newRow("bad kind")
            << head + "[" + field("bildung", "bildung.svg", R"({"id":"schule","kind":"amt","name":{"de":"Schule"}})") +
                   "]}"
            << Code::Catalog_InvalidData
            << QStringLiteral("themenfelder[0].lagen[0].kind: must be \"lebenslage\" or \"unternehmenslage\"");
        QTest::newRow("empty text")
            << head + "[" +
                   field("bildung", "bildung.svg", R"({"id":"schule","kind":"lebenslage","name":{"de":" "}})") + "]}"
            << Code::Catalog_InvalidData
            << QStringLiteral("themenfelder[0].lagen[0].name: \"de\" must be a two-letter language code with a "
                              "non-empty text");
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(Failure::Code, code);
        QFETCH(QString, expected);
        Failure failure;
        QVERIFY(!OzgTaxonomy::parse(json, &failure));
        QCOMPARE(failure.staffDetail(), expected);
        QCOMPARE(failure.code(), code);
    }
};

QTEST_GUILESS_MAIN(tst_OzgTaxonomy)
#include "tst_OzgTaxonomy.moc"
