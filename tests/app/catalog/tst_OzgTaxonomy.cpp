#include "OzgTaxonomy.h"

#include <QSet>
#include <QTest>

void btInitTerminalResources();

using bt::app::Lage;
using bt::app::OzgTaxonomy;

class tst_OzgTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { btInitTerminalResources(); }

    void shippedTaxonomy()
    {
        QString error;
        const std::optional<OzgTaxonomy> taxonomy = OzgTaxonomy::loadShipped(&error);
        QVERIFY2(taxonomy, qPrintable(error));
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
        QVERIFY(names.contains(QStringLiteral("Querschnitt")));
        QVERIFY(names.contains(QStringLiteral("Mobilität & Reisen")));
        // The OZG's 35 Lebenslagen plus the Querschnitt group (see resources/taxonomy/README.md).
        QCOMPARE(lebenslagen, 36);
        QVERIFY(taxonomy->find(QStringLiteral("bildung")));
        QVERIFY(!taxonomy->find(QStringLiteral("nope")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format":"buergerterminal-ozg-taxonomy","version":1,"themenfelder":)";
        const QByteArray lage = R"({"id":"schule","kind":"lebenslage","name":{"de":"Schule"}})";
        const auto field = [&](const QByteArray& id, const QByteArray& icon, const QByteArray& lagen) {
            return "{\"id\":\"" + id + "\",\"icon\":\"" + icon +
                   "\",\"name\":{\"de\":\"Bildung\",\"en\":\"Education\"},\"summary\":{\"de\":\"S\"},\"lagen\":[" +
                   lagen + "]}";
        };
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset 1: unterminated object");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x"})")
                                      << QStringLiteral("format: must be \"buergerterminal-ozg-taxonomy\"");
        QTest::newRow("future version") << QByteArray(R"({"format":"buergerterminal-ozg-taxonomy","version":2})")
                                        << QStringLiteral("version: only version 1 is supported");
        QTest::newRow("no themenfelder") << head + "[]}" << QStringLiteral("themenfelder: must be a non-empty array");
        QTest::newRow("bad id") << head + "[" + field("Bildung!", "bildung.svg", lage) + "]}"
                                << QStringLiteral("themenfelder[0].id: must be a lowercase slug like \"bauen-wohnen\"");
        QTest::newRow("unknown icon") << head + "[" + field("bildung", "nope.svg", lage) + "]}"
                                      << QStringLiteral("themenfelder[0].icon: \"nope.svg\" is not a shipped icon");
        QTest::newRow("icon outside the icon folder")
            << head + "[" + field("bildung", "../coat-of-arms.svg", lage) + "]}"
            << QStringLiteral("themenfelder[0].icon: \"../coat-of-arms.svg\" is not a shipped icon");
        QTest::newRow("no lagen") << head + "[" + field("bildung", "bildung.svg", "") + "]}"
                                  << QStringLiteral("themenfelder[0].lagen: must be a non-empty array");
        QTest::newRow("duplicate id") << head + "[" + field("schule", "bildung.svg", lage) + "]}"
                                      << QStringLiteral("themenfelder[0].lagen[0].id: \"schule\" is used twice");
        QTest::newRow("lage without German name")
            << head + "[" +
                   field("bildung", "bildung.svg", R"({"id":"schule","kind":"lebenslage","name":{"en":"School"}})") +
                   "]}"
            << QStringLiteral("themenfelder[0].lagen[0].name: the German text (\"de\") is missing");
        QTest::newRow("bad kind")
            << head + "[" + field("bildung", "bildung.svg", R"({"id":"schule","kind":"amt","name":{"de":"Schule"}})") +
                   "]}"
            << QStringLiteral("themenfelder[0].lagen[0].kind: must be \"lebenslage\" or \"unternehmenslage\"");
        QTest::newRow("empty text")
            << head + "[" +
                   field("bildung", "bildung.svg", R"({"id":"schule","kind":"lebenslage","name":{"de":" "}})") + "]}"
            << QStringLiteral("themenfelder[0].lagen[0].name: \"de\" must be a two-letter language code with a "
                              "non-empty text");
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!OzgTaxonomy::parse(json, &error));
        QCOMPARE(error, expected);
    }
};

QTEST_GUILESS_MAIN(tst_OzgTaxonomy)
#include "tst_OzgTaxonomy.moc"
