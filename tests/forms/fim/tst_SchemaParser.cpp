#include "CodeListRegistry.h"
#include "SchemaParser.h"
#include "SchemaStatistics.h"

#include <QDir>
#include <QFile>
#include <QTest>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(BT_FIM_DATA "/") + name;
}

QByteArray readData(const QString& name)
{
    QFile file(dataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A 3.0.0 data group message around the given field children, for the features the shipped
// 3.0.0 files do not show.
QByteArray v3Group(const QByteArray& fieldChildren, const QByteArray& anzahl = "1:1")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.datenfeldgruppe.0103 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <xdf:header><xdf:nachrichtID>1</xdf:nachrichtID><xdf:erstellungszeitpunkt>2024-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
  <xdf:datenfeldgruppe>
    <xdf:identifikation><xdf:id>G1</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
    <xdf:name>Gruppe</xdf:name>
    <xdf:bezeichnungEingabe>Gruppe</xdf:bezeichnungEingabe>
    <xdf:struktur>
      <xdf:anzahl>)" +
           anzahl + R"(</xdf:anzahl>
      <xdf:enthaelt>
        <xdf:datenfeld>
          <xdf:identifikation><xdf:id>F1</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>
          <xdf:name>Feld</xdf:name>
          <xdf:bezeichnungEingabe>Feld</xdf:bezeichnungEingabe>
)" + fieldChildren +
           R"(
        </xdf:datenfeld>
      </xdf:enthaelt>
    </xdf:struktur>
  </xdf:datenfeldgruppe>
</xdf:xdatenfelder.datenfeldgruppe.0103>
)";
}

const Field& onlyField(const FormSchema& schema)
{
    return *schema.root.members.at(0).group->members.at(0).field;
}

// A 3.0.0 data group message G1 with two places, each holding the given member element.
QByteArray v3TwoPlaces(const QByteArray& first, const QByteArray& second)
{
    QByteArray xml = v3Group("<xdf:feldart><code>input</code></xdf:feldart>"
                             "<xdf:datentyp><code>text</code></xdf:datentyp>");
    const qsizetype start = xml.indexOf("    <xdf:struktur>");
    const qsizetype end = xml.indexOf("</xdf:struktur>") + qsizetype(sizeof("</xdf:struktur>\n") - 1);
    const QByteArray place = "    <xdf:struktur>\n      <xdf:anzahl>1:1</xdf:anzahl>\n      <xdf:enthaelt>\n";
    const QByteArray placeEnd = "      </xdf:enthaelt>\n    </xdf:struktur>\n";
    xml.replace(start, end - start, place + first + placeEnd + place + second + placeEnd);
    return xml;
}

// A 3.0.0 field F1 version 1.0.0 with the given children after its identity.
QByteArray v3Field(const QByteArray& children)
{
    return "        <xdf:datenfeld>\n"
           "          <xdf:identifikation><xdf:id>F1</xdf:id><xdf:version>1.0.0</xdf:version></xdf:identifikation>\n"
           "          " +
           children + "\n        </xdf:datenfeld>\n";
}

// The 1-based line on which the n-th (0-based) occurrence of what starts.
int lineOf(const QByteArray& xml, const QByteArray& what, int n = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i) {
        at = xml.indexOf(what, at + 1);
    }
    return at < 0 ? -1 : int(xml.left(at).count('\n')) + 1;
}

} // namespace

class tst_SchemaParser : public QObject
{
    Q_OBJECT

private:
    std::optional<CodeListRegistry> m_codeLists;

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        SchemaError error;
        m_codeLists = CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(m_codeLists, qPrintable(error.toString()));
    }

    // Every shipped test file loads or is rejected as its name says, with file, line and column.
    void everyFileAsItsNameSays_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // empty: loads; else: part of the error message
        QTest::addColumn<int>("line");
        QTest::newRow("v1 WaBeKa") << "v1/S00000036_WaBeKa.xml"
                                   << "" << 0;
        QTest::newRow("v2 BlaueKarte") << "v2/S00000121_BlaueKarte.xml"
                                       << "" << 0;
        QTest::newRow("v2 data-field-rule") << "v2/flxbe_data-field-rule.xml"
                                            << "" << 0;
        QTest::newRow("v2 data-group-rule") << "v2/flxbe_data-group-rule.xml"
                                            << "" << 0;
        QTest::newRow("v2 label") << "v2/flxbe_label.xml"
                                  << "" << 0;
        QTest::newRow("v2 minimal") << "v2/flxbe_minimal.xml"
                                    << "" << 0;
        QTest::newRow("v2 rule") << "v2/flxbe_rule.xml"
                                 << "" << 0;
        QTest::newRow("v2 select") << "v2/flxbe_select.xml"
                                   << "" << 0;
        QTest::newRow("v2 simple") << "v2/flxbe_simple.xml"
                                   << "" << 0;
        QTest::newRow("v2 duplicate optional value") << "v2/flxbe_duplicate-optional-value.xml"
                                                     << "<xdf:beschreibung> appears more than once" << 15;
        QTest::newRow("v2 duplicate required value") << "v2/flxbe_duplicate-required-value.xml"
                                                     << "<xdf:name> appears more than once" << 13;
        QTest::newRow("v2 reused field") << "v2/flxbe_reused-field.xml"
                                         << "" << 0;
        QTest::newRow("v2 duplicate field, different name")
            << "v2/flxbe_duplicate-field-different-name.xml"
            << "field F60000227 version 1.1 is defined twice, differing in <xdf:name>" << 122;
        QTest::newRow("v2 duplicate group, different label")
            << "v2/flxbe_duplicate-group-different-label.xml"
            << "group G00000082 version 1.3 is defined twice, differing in <xdf:bezeichnungEingabe>" << 125;
        QTest::newRow("v2 unknown namespace")
            << "v2/flxbe_unknown-namespace.xml"
            << "unknown namespace \"urn:xoev-de:fim:standard:xdatenfelder_unknown\"" << 2;
        QTest::newRow("v3 simple") << "v3/flxbe_simple.xml"
                                   << "" << 0;
        QTest::newRow("v3 input") << "v3/flxbe_input.xml"
                                  << "" << 0;
        QTest::newRow("v3 reused field") << "v3/flxbe_reused-field.xml"
                                         << "" << 0;
        QTest::newRow("v3 duplicate field, different type")
            << "v3/flxbe_duplicate-field-different-type.xml"
            << "field F60000000243 version 1.1.0 is defined twice, differing in <xdf:datentyp>" << 175;
        QTest::newRow("v3 duplicate id") << "v3/flxbe_duplicate-id-node.xml"
                                         << "<xdf:id> appears more than once" << 11;
        QTest::newRow("v3 empty id") << "v3/flxbe_empty-id-node.xml"
                                     << "<xdf:id> is empty" << 10;
        QTest::newRow("v3 missing id") << "v3/flxbe_missing-id-node.xml"
                                       << "<xdf:identifikation> has no <xdf:id>" << 11;
        QTest::newRow("v3 unexpected node") << "v3/flxbe_unexpected-node.xml"
                                            << "unexpected element <xdf:unknown> in <xdf:identifikation>" << 11;
        QTest::newRow("v3 invalid freigabestatus") << "v3/flxbe_invalid-freigabestatus.xml"
                                                   << "<xdf:freigabestatus> has the unknown code \"10\"" << 17;
        QTest::newRow("v3 unknown namespace") << "v3/flxbe_unknown-namespace.xml"
                                              << "unknown namespace" << 3;
    }

    void everyFileAsItsNameSays()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(int, line);
        SchemaError error;
        const std::optional<FormSchema> schema = SchemaParser::load(dataFile(file), &*m_codeLists, &error);
        if (expected.isEmpty()) {
            QVERIFY2(schema, qPrintable(error.toString()));
            return;
        }
        QVERIFY(!schema);
        QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
        QCOMPARE(error.file, dataFile(file));
        QCOMPARE(error.line, line);
        QVERIFY(error.column > 0);
        QVERIFY(error.toString().startsWith(dataFile(file) + QStringLiteral(":%1:").arg(line)));
    }

    void blaueKarteIsReadCompletely()
    {
        SchemaError error;
        const std::optional<FormSchema> schema =
            SchemaParser::load(dataFile(QStringLiteral("v2/S00000121_BlaueKarte.xml")), &*m_codeLists, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        QCOMPARE(schema->layout, LayoutVersion::V2);
        QCOMPARE(schema->id, QStringLiteral("S00000121"));
        QCOMPARE(schema->version, QStringLiteral("1.0"));
        QCOMPARE(schema->name, QStringLiteral("Antrag Blaue Karte EU"));
        QCOMPARE(schema->label, QStringLiteral("Antrag auf Blaue Karte EU"));
        const SchemaStatistics statistics = SchemaStatistics::of(*schema);
        // The counts the shared README gives for this file.
        QCOMPARE(statistics.fieldUsages, 88);
        QCOMPARE(statistics.distinctFields, 71);
        QCOMPARE(statistics.groupUsages, 29);
        QCOMPARE(statistics.distinctGroups, 23);
        QCOMPARE(statistics.fieldsByKind.value(QStringLiteral("input")), 83);
        QCOMPARE(statistics.fieldsByKind.value(QStringLiteral("select")), 5);
        QCOMPARE(statistics.fieldsByDataType.value(QStringLiteral("text")), 54);
        QCOMPARE(statistics.fieldsByDataType.value(QStringLiteral("bool")), 17);
        QCOMPARE(statistics.fieldsByDataType.value(QStringLiteral("file")), 8);
        QCOMPARE(statistics.fieldsByDataType.value(QStringLiteral("date")), 7);
        QCOMPARE(statistics.fieldsByDataType.value(QStringLiteral("num")), 1);
        QCOMPARE(statistics.fieldsByDataType.value(QStringLiteral("num_currency")), 1);
        QCOMPARE(statistics.rules, 3);
        QVERIFY(statistics.unsupportedRules.empty());

        // Renders completely: every question has a label, every select field its values.
        QVERIFY(schema->missingCodeLists().isEmpty());
        bool sawTwoToFive = false;
        bool sawUnbounded = false;
        schema->visit([&](const FormSchema::Visit& visit) {
            sawTwoToFive |= visit.member.multiplicity == Multiplicity{2, 5};
            sawUnbounded |= !visit.member.multiplicity.max.has_value();
            if (visit.member.field) {
                const Field& field = *visit.member.field;
                QVERIFY2(!field.label.isEmpty(), qPrintable(field.id));
                if (field.kind == FieldKind::Select) {
                    QVERIFY2(field.codeList && !field.codeList->entries().empty(), qPrintable(field.id));
                }
            } else {
                QVERIFY2(!visit.member.group->members.empty(), qPrintable(visit.member.group->id));
            }
        });
        QVERIFY(sawTwoToFive);
        QVERIFY(sawUnbounded);

        const Field* familyName = schema->field(QStringLiteral("F00000013"));
        QVERIFY(familyName);
        QCOMPARE(familyName->label, QStringLiteral("Familienname"));
        QCOMPARE(familyName->constraints.minLength, std::optional<int>(1));
        QCOMPARE(familyName->helpText, QStringLiteral("Geben Sie den Nachnamen, Zunamen bzw. Familiennamen an."));
        QVERIFY(schema->group(QStringLiteral("G00000630")));
    }

    void wabekaOlderLayout()
    {
        SchemaError error;
        const std::optional<FormSchema> schema =
            SchemaParser::load(dataFile(QStringLiteral("v1/S00000036_WaBeKa.xml")), &*m_codeLists, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        QCOMPARE(schema->layout, LayoutVersion::V1);
        QCOMPARE(schema->id, QStringLiteral("S00000036"));
        QVERIFY(schema->version.isEmpty());
        const SchemaStatistics statistics = SchemaStatistics::of(*schema);
        QCOMPARE(statistics.fieldUsages, 46);
        QCOMPARE(statistics.fieldsByKind.value(QStringLiteral("label")), 13);
        QCOMPARE(statistics.fieldsByKind.value(QStringLiteral("select")), 6);
        // A 1.x <codeliste> names its list by kennung and version.
        bool sawStaat = false;
        for (const auto& field : schema->fieldsById()) {
            if (field->codeListReference.canonicalUri ==
                u"urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat") {
                sawStaat = true;
                QCOMPARE(field->codeListReference.version, QStringLiteral("2017-01-01"));
                QVERIFY(field->codeList); // the shipped list resolves
            }
        }
        QVERIFY(sawStaat);
    }

    void v2Features()
    {
        SchemaError error;
        std::optional<FormSchema> schema = SchemaParser::parse(
            readData(QStringLiteral("v2/flxbe_simple.xml")), QStringLiteral("simple"), nullptr, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        const Field* field = schema->field(QStringLiteral("F60000227"));
        QVERIFY(field);
        QCOMPARE(field->constraints.minLength, std::optional<int>(1));
        QCOMPARE(field->constraints.maxLength, std::optional<int>(120));
        QCOMPARE(field->helpText, QStringLiteral("Hilfe Eingabe"));
        QCOMPARE(field->version, QStringLiteral("1.1"));
        QCOMPARE(schema->root.rules.size(), std::size_t(1));
        QCOMPARE(schema->root.rules[0].script, QStringLiteral("function script() {}"));
        QCOMPARE(schema->root.rules[0].text, QStringLiteral("Eine Definition"));
        QVERIFY(!schema->root.rules[0].isSupported());

        schema = SchemaParser::parse(
            readData(QStringLiteral("v2/flxbe_label.xml")), QStringLiteral("label"), nullptr, &error);
        QVERIFY(schema);
        QCOMPARE(schema->field(QStringLiteral("F123"))->kind, FieldKind::Label);
        QCOMPARE(schema->field(QStringLiteral("F123"))->content, QStringLiteral("Hinweis Inhalt"));

        schema = SchemaParser::parse(
            readData(QStringLiteral("v2/flxbe_select.xml")), QStringLiteral("select"), &*m_codeLists, &error);
        QVERIFY(schema);
        const Field* select = schema->field(QStringLiteral("F123"));
        QCOMPARE(select->kind, FieldKind::Select);
        QCOMPARE(select->codeListReference.canonicalVersionUri, QStringLiteral("urn:de:example_1"));
        QVERIFY(!select->codeList);
        QCOMPARE(schema->missingCodeLists(), QStringList{QStringLiteral("urn:de:example_1")});

        schema = SchemaParser::parse(
            readData(QStringLiteral("v2/flxbe_data-field-rule.xml")), QStringLiteral("rule"), nullptr, &error);
        QVERIFY(schema);
        QCOMPARE(schema->field(QStringLiteral("F123"))->rules.size(), std::size_t(1));
        schema = SchemaParser::parse(
            readData(QStringLiteral("v2/flxbe_data-group-rule.xml")), QStringLiteral("rule"), nullptr, &error);
        QVERIFY(schema);
        QCOMPARE(schema->group(QStringLiteral("G00000082"))->rules.size(), std::size_t(1));
    }

    void v3Features()
    {
        SchemaError error;
        std::optional<FormSchema> schema = SchemaParser::parse(
            readData(QStringLiteral("v3/flxbe_simple.xml")), QStringLiteral("simple"), nullptr, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        QVERIFY(schema->isGroupMessage);
        QCOMPARE(schema->layout, LayoutVersion::V3);
        QCOMPARE(schema->id, QStringLiteral("G60000000088"));
        const Group* outer = schema->group(QStringLiteral("G60000000088"));
        QVERIFY(outer);
        QCOMPARE(outer->members.at(0).multiplicity, (Multiplicity{0, 1}));
        const Field* street = schema->field(QStringLiteral("F60000000243"));
        QCOMPARE(street->constraints.maxLength, std::optional<int>(55));
        QCOMPARE(street->prefill, Prefill::None);
        QCOMPARE(outer->rules.at(0).type, QStringLiteral("V"));
        QCOMPARE(outer->rules.at(0).script, QStringLiteral("some script content"));

        schema = SchemaParser::parse(
            readData(QStringLiteral("v3/flxbe_input.xml")), QStringLiteral("input"), nullptr, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        const Field* input = schema->field(QStringLiteral("F60000000243"));
        QCOMPARE(input->kind, FieldKind::Select);
        QCOMPARE(input->constraints.minLength, std::optional<int>(0));
        QCOMPARE(input->constraints.maxLength, std::optional<int>(1));
        QCOMPARE(input->constraints.minValue, QStringLiteral("0"));
        QCOMPARE(input->constraints.maxValue, QStringLiteral("1"));
        QCOMPARE(input->constraints.pattern, QStringLiteral("abc"));
        // An empty <xdf:inhalt/> placeholder followed by the real one.
        QCOMPARE(input->content, QStringLiteral("Some Content"));
        QCOMPARE(input->constraints.maxSizeBytes, std::optional<qint64>(10));
        QCOMPARE(input->constraints.mediaTypes, QStringList{QStringLiteral("application/json")});
    }

    void v3InlineValuesKindsAndTypes_data()
    {
        QTest::addColumn<QByteArray>("children");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("prefill");
        const QByteArray select = "<xdf:feldart><code>select</code></xdf:feldart>"
                                  "<xdf:datentyp><code>text</code></xdf:datentyp>"
                                  "<xdf:werte><xdf:wert><xdf:code>a</xdf:code><xdf:name>Eins</xdf:name></xdf:wert>"
                                  "<xdf:wert><xdf:code>b</xdf:code><xdf:name>Zwei</xdf:name><xdf:hilfe>H</xdf:hilfe>"
                                  "</xdf:wert></xdf:werte>";
        QTest::newRow("select with inline values")
            << select << int(FieldKind::Select) << int(DataType::Text) << int(Prefill::None);
        QTest::newRow("hidden time") << QByteArray("<xdf:feldart><code>hidden</code></xdf:feldart>"
                                                   "<xdf:datentyp><code>time</code></xdf:datentyp>")
                                     << int(FieldKind::Hidden) << int(DataType::Time) << int(Prefill::None);
        QTest::newRow("locked datetime, prefilled")
            << QByteArray("<xdf:feldart><code>locked</code></xdf:feldart>"
                          "<xdf:datentyp><code>datetime</code></xdf:datentyp>"
                          "<xdf:vorbefuellung><code>verpflichtend</code></xdf:vorbefuellung>")
            << int(FieldKind::Locked) << int(DataType::DateTime) << int(Prefill::Required);
        QTest::newRow("text_latin") << QByteArray("<xdf:feldart><code>input</code></xdf:feldart>"
                                                  "<xdf:datentyp><code>text_latin</code></xdf:datentyp>"
                                                  "<xdf:vorbefuellung><code>optional</code></xdf:vorbefuellung>")
                                    << int(FieldKind::Input) << int(DataType::TextLatin) << int(Prefill::Optional);
    }

    void v3InlineValuesKindsAndTypes()
    {
        QFETCH(QByteArray, children);
        QFETCH(int, kind);
        QFETCH(int, type);
        QFETCH(int, prefill);
        SchemaError error;
        const std::optional<FormSchema> schema =
            SchemaParser::parse(v3Group(children), QStringLiteral("t"), nullptr, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        const Field& field = onlyField(*schema);
        QCOMPARE(int(field.kind), kind);
        QCOMPARE(int(field.type), type);
        QCOMPARE(int(field.prefill), prefill);
        if (field.kind == FieldKind::Select) {
            QVERIFY(field.codeList);
            QCOMPARE(field.codeList->entries().size(), std::size_t(2));
            QCOMPARE(field.codeList->find(QStringLiteral("b"))->label, QStringLiteral("Zwei"));
            QCOMPARE(field.codeList->find(QStringLiteral("b"))->help, QStringLiteral("H"));
        }
    }

    // Bad input of every kind the parser checks: rejected with where and what, never half-loaded.
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QByteArray input =
            "<xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>";
        QTest::newRow("empty") << QByteArray() << int(SchemaError::Code::Xml_NotWellFormed) << "not well-formed XML";
        QTest::newRow("truncated") << readData(QStringLiteral("v2/S00000121_BlaueKarte.xml")).left(20000)
                                   << int(SchemaError::Code::Xml_NotWellFormed) << "not well-formed XML";
        QTest::newRow("not XML") << QByteArray("{\"json\": true}") << int(SchemaError::Code::Xml_NotWellFormed)
                                 << "not well-formed XML";
        QTest::newRow("DTD") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>")
                             << int(SchemaError::Code::Xml_DtdNotAllowed) << "DTDs are not allowed";
        QTest::newRow("other root") << QByteArray("<xdf:foo xmlns:xdf=\"urn:xoev-de:fim:standard:xdatenfelder_2\"/>")
                                    << int(SchemaError::Code::Message_UnknownRoot) << "<xdf:foo> is not a message";
        QTest::newRow("bad anzahl") << v3Group(input, "1:x") << int(SchemaError::Code::Value_Invalid)
                                    << "<xdf:anzahl> \"1:x\" is not a count";
        QTest::newRow("max below min") << v3Group(input, "3:2") << int(SchemaError::Code::Value_Invalid)
                                       << "is not a count";
        QTest::newRow("unknown datentyp")
            << v3Group("<xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>color</code></xdf:datentyp>")
            << int(SchemaError::Code::Value_Invalid) << "<xdf:datentyp> has the unknown code \"color\"";
        QTest::newRow("no feldart") << v3Group("<xdf:datentyp><code>text</code></xdf:datentyp>")
                                    << int(SchemaError::Code::Element_Missing) << "field F1 has no <xdf:feldart>";
        QTest::newRow("bad pattern") << v3Group(input + "<xdf:praezisierung pattern=\"([a-z\"/>")
                                     << int(SchemaError::Code::Value_Invalid) << "is not a valid regular expression";
        QTest::newRow("bad length") << v3Group(input + "<xdf:praezisierung maxLength=\"-1\"/>")
                                    << int(SchemaError::Code::Value_Invalid) << "praezisierung maxLength \"-1\"";
        QTest::newRow("min above max") << v3Group(input + "<xdf:praezisierung minLength=\"5\" maxLength=\"2\"/>")
                                       << int(SchemaError::Code::Value_Invalid) << "minLength 5 is larger";
        QTest::newRow("bound not a date")
            << v3Group("<xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>date</code></xdf:datentyp>"
                       "<xdf:praezisierung minValue=\"gestern\"/>")
            << int(SchemaError::Code::Value_Invalid) << "value bound \"gestern\" does not fit data type date";
        QTest::newRow("duplicate inline value")
            << v3Group("<xdf:feldart><code>select</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>"
                       "<xdf:werte><xdf:wert><xdf:code>a</xdf:code><xdf:name>A</xdf:name></xdf:wert>"
                       "<xdf:wert><xdf:code>a</xdf:code><xdf:name>B</xdf:name></xdf:wert></xdf:werte>")
            << int(SchemaError::Code::Element_Duplicate) << "offers the value \"a\" twice";
        QTest::newRow("bad vorbefuellung")
            << v3Group(input + "<xdf:vorbefuellung><code>immer</code></xdf:vorbefuellung>")
            << int(SchemaError::Code::Value_Invalid) << "<xdf:vorbefuellung> has the unknown code";
        QTest::newRow("text where elements belong")
            << v3Group(input + "<xdf:inhalt><xdf:x/></xdf:inhalt>") << int(SchemaError::Code::Element_Unexpected)
            << "<xdf:inhalt> must hold text";
        QTest::newRow("element of another namespace")
            << v3Group(input + "<other:x xmlns:other=\"urn:other\"/>") << int(SchemaError::Code::Element_Unexpected)
            << "unexpected element <other:x> in <xdf:datenfeld>";
        QByteArray json = readData(QStringLiteral("v2/flxbe_simple.xml"));
        json.replace(R"({"minLength":"1","maxLength":"120"})", "{minLength: 1");
        QTest::newRow("praezisierung not JSON")
            << json << int(SchemaError::Code::Value_Invalid) << "<xdf:praezisierung> is not a JSON object";
        QByteArray trailing = readData(QStringLiteral("v2/flxbe_minimal.xml")) + "<more/>";
        QTest::newRow("content after the root")
            << trailing << int(SchemaError::Code::Xml_NotWellFormed) << "not well-formed XML";
        // Groups nested far deeper than any real schema.
        QByteArray deep = v3Group(input);
        QByteArray open;
        QByteArray close;
        for (int i = 0; i < 40; ++i) {
            open += "<xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt><xdf:datenfeldgruppe>"
                    "<xdf:identifikation><xdf:id>G" +
                    QByteArray::number(i + 10) +
                    "</xdf:id><xdf:version>1</xdf:version></xdf:identifikation><xdf:name>N</xdf:name>";
            close += "</xdf:datenfeldgruppe></xdf:enthaelt></xdf:struktur>";
        }
        deep.replace("<xdf:struktur>", open + "<xdf:struktur>");
        deep.replace("</xdf:struktur>\n  </xdf:datenfeldgruppe>",
                     "</xdf:struktur>" + close + "\n  </xdf:datenfeldgruppe>");
        QTest::newRow("nested too deep") << deep << int(SchemaError::Code::Structure_TooDeep) << "nested deeper";
    }

    void rejects()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, code);
        QFETCH(QString, message);
        SchemaError error;
        const std::optional<FormSchema> schema = SchemaParser::parse(xml, QStringLiteral("bad.xml"), nullptr, &error);
        QVERIFY(!schema);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.file, QStringLiteral("bad.xml"));
        QVERIFY2(error.line > 0 && error.column > 0, qPrintable(error.toString()));
    }

    // One field or group id+version defined twice, differently: refused, naming both places and
    // what differs, in every layout. The schema keeps one definition per id, so accepting it
    // would silently drop the other.
    void conflictingDefinitions_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("secondLine");
        QByteArray xml = readData(QStringLiteral("v2/flxbe_duplicate-field-different-name.xml"));
        QTest::newRow("v2 field name") << xml << "field F60000227 version 1.1 is defined twice, differing in <xdf:name>"
                                       << lineOf(xml, "<xdf:datenfeld>") << lineOf(xml, "<xdf:datenfeld>", 1);
        xml = readData(QStringLiteral("v2/flxbe_duplicate-group-different-label.xml"));
        QTest::newRow("v2 group label") << xml
                                        << "group G00000082 version 1.3 is defined twice, differing in "
                                           "<xdf:bezeichnungEingabe>:"
                                        << lineOf(xml, "<xdf:datenfeldgruppe>")
                                        << lineOf(xml, "<xdf:datenfeldgruppe>", 1);
        xml = readData(QStringLiteral("v3/flxbe_duplicate-field-different-type.xml"));
        QTest::newRow("v3 field type") << xml
                                       << "field F60000000243 version 1.1.0 is defined twice, differing in "
                                          "<xdf:datentyp>:"
                                       << lineOf(xml, "<xdf:datenfeld>") << lineOf(xml, "<xdf:datenfeld>", 1);

        const QByteArray kindAndType =
            "<xdf:feldart><code>input</code></xdf:feldart><xdf:datentyp><code>text</code></xdf:datentyp>";
        const QByteArray input = "<xdf:name>Feld</xdf:name>" + kindAndType;
        xml = v3TwoPlaces(v3Field(input + "<xdf:praezisierung maxLength=\"10\"/>"),
                          v3Field(input + "<xdf:praezisierung maxLength=\"20\"/><xdf:hilfetextEingabe>H"
                                          "</xdf:hilfetextEingabe>"));
        QTest::newRow("v3 constraints and help")
            << xml
            << "field F1 version 1.0.0 is defined twice, differing in <xdf:hilfetextEingabe>, <xdf:praezisierung>:"
            << lineOf(xml, "<xdf:datenfeld>") << lineOf(xml, "<xdf:datenfeld>", 1);
        const QByteArray select = "<xdf:name>Feld</xdf:name><xdf:feldart><code>select</code></xdf:feldart>"
                                  "<xdf:datentyp><code>text</code></xdf:datentyp>";
        xml = v3TwoPlaces(
            v3Field(select +
                    "<xdf:werte><xdf:wert><xdf:code>a</xdf:code><xdf:name>A</xdf:name></xdf:wert></xdf:werte>"),
            v3Field(select +
                    "<xdf:werte><xdf:wert><xdf:code>a</xdf:code><xdf:name>B</xdf:name></xdf:wert></xdf:werte>"));
        QTest::newRow("v3 inline values") << xml << "field F1 version 1.0.0 is defined twice, differing in <xdf:werte>:"
                                          << lineOf(xml, "<xdf:datenfeld>") << lineOf(xml, "<xdf:datenfeld>", 1);
        // The inner G1 is complete first; the places are still named in file order.
        xml = v3Group(kindAndType);
        xml.replace("<xdf:datenfeld>",
                    "<xdf:datenfeldgruppe>\n<xdf:identifikation><xdf:id>G1</xdf:id><xdf:version>1.0.0</xdf:version>"
                    "</xdf:identifikation><xdf:name>Gruppe</xdf:name><xdf:bezeichnungEingabe>Gruppe"
                    "</xdf:bezeichnungEingabe><xdf:struktur><xdf:anzahl>1:1</xdf:anzahl><xdf:enthaelt>"
                    "<xdf:datenfeld>");
        xml.replace("</xdf:datenfeld>", "</xdf:datenfeld></xdf:enthaelt></xdf:struktur></xdf:datenfeldgruppe>");
        QTest::newRow("v3 group inside itself")
            << xml << "group G1 version 1.0.0 is defined twice, differing in <xdf:struktur>:"
            << lineOf(xml, "<xdf:datenfeldgruppe>") << lineOf(xml, "<xdf:datenfeldgruppe>", 1);
        // 1.x identities have no version.
        xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102001 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_1">
<xdf:stammdatenschema>
<xdf:id>S1</xdf:id>
<xdf:name>Schema</xdf:name>
<xdf:struktur>
<xdf:anzahl>1:1</xdf:anzahl>
<xdf:enthaelt>
<xdf:datenfeld>
<xdf:id>F1</xdf:id>
<xdf:name>Feld</xdf:name>
<xdf:feldart><code>input</code></xdf:feldart>
<xdf:datentyp><code>text</code></xdf:datentyp>
</xdf:datenfeld>
</xdf:enthaelt>
</xdf:struktur>
<xdf:struktur>
<xdf:anzahl>0:1</xdf:anzahl>
<xdf:enthaelt>
<xdf:datenfeld>
<xdf:id>F1</xdf:id>
<xdf:name>Feld</xdf:name>
<xdf:feldart><code>label</code></xdf:feldart>
<xdf:datentyp><code>text</code></xdf:datentyp>
</xdf:datenfeld>
</xdf:enthaelt>
</xdf:struktur>
</xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102001>
)";
        QTest::newRow("v1 field kind") << xml << "field F1 is defined twice, differing in <xdf:feldart>:"
                                       << lineOf(xml, "<xdf:datenfeld>") << lineOf(xml, "<xdf:datenfeld>", 1);
    }

    void conflictingDefinitions()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        QFETCH(int, firstLine);
        QFETCH(int, secondLine);
        QVERIFY(firstLine > 0 && secondLine > firstLine);
        SchemaError error;
        const std::optional<FormSchema> schema =
            SchemaParser::parse(xml, QStringLiteral("twice.xml"), &*m_codeLists, &error);
        QVERIFY(!schema);
        QCOMPARE(error.code, SchemaError::Code::Definition_Conflicting);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        // Both places, file order; the error itself stands at the second.
        QVERIFY2(error.message.contains(QStringLiteral("first at twice.xml:%1:").arg(firstLine)),
                 qPrintable(error.toString()));
        QVERIFY2(error.message.contains(QStringLiteral(", again at twice.xml:%1:%2").arg(secondLine).arg(error.column)),
                 qPrintable(error.toString()));
        QCOMPARE(error.file, QStringLiteral("twice.xml"));
        QCOMPARE(error.line, secondLine);
        QVERIFY(error.column > 0);
    }

    // The normal case: a field reused in several places, written out the same each time.
    void identicalDefinitionsLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fieldId");
        QTest::newRow("v2") << "v2/flxbe_reused-field.xml"
                            << "F60000227";
        QTest::newRow("v3") << "v3/flxbe_reused-field.xml"
                            << "F60000000243";
    }

    void identicalDefinitionsLoad()
    {
        QFETCH(QString, file);
        QFETCH(QString, fieldId);
        SchemaError error;
        const std::optional<FormSchema> schema = SchemaParser::load(dataFile(file), &*m_codeLists, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        int usages = 0;
        schema->visit([&](const FormSchema::Visit& visit) {
            usages += visit.member.field && visit.member.field->id == fieldId ? 1 : 0;
        });
        QCOMPARE(usages, 2);
        const SchemaStatistics statistics = SchemaStatistics::of(*schema);
        QCOMPARE(statistics.fieldUsages, 2);
        QCOMPARE(statistics.distinctFields, 1);

        // Identical inline values and a rule, twice, load too.
        const QByteArray select = "<xdf:name>Feld</xdf:name><xdf:feldart><code>select</code></xdf:feldart>"
                                  "<xdf:datentyp><code>text</code></xdf:datentyp>"
                                  "<xdf:werte><xdf:wert><xdf:code>a</xdf:code><xdf:name>A</xdf:name></xdf:wert>"
                                  "</xdf:werte><xdf:regel><xdf:identifikation><xdf:id>R1</xdf:id><xdf:version>1"
                                  "</xdf:version></xdf:identifikation><xdf:name>Regel</xdf:name></xdf:regel>";
        const std::optional<FormSchema> twice =
            SchemaParser::parse(v3TwoPlaces(v3Field(select), v3Field(select)), QStringLiteral("t"), nullptr, &error);
        QVERIFY2(twice, qPrintable(error.toString()));
        QCOMPARE(SchemaStatistics::of(*twice).fieldUsages, 2);
    }

    void unreadableFile()
    {
        SchemaError error;
        QVERIFY(!SchemaParser::load(QStringLiteral("/nonexistent/schema.xml"), nullptr, &error));
        QCOMPARE(error.code, SchemaError::Code::File_Unreadable);
        QVERIFY(error.toString().startsWith(QStringLiteral("/nonexistent/schema.xml: cannot be read")));
    }

    void deviceInsteadOfAFile()
    {
        SchemaError error;
        QVERIFY(!SchemaParser::load(QStringLiteral("/dev/zero"), nullptr, &error));
        QCOMPARE(error.code, SchemaError::Code::File_Unreadable);
        QCOMPARE(error.toString(), QStringLiteral("/dev/zero: is not a regular file (a folder, device or pipe)"));
    }

    void multiplicity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max"); // -1: unbounded
        QTest::newRow("required") << "1:1" << true << 1 << 1;
        QTest::newRow("optional") << "0:1" << true << 0 << 1;
        QTest::newRow("two to five") << "2:5" << true << 2 << 5;
        QTest::newRow("unbounded") << "0:*" << true << 0 << -1;
        QTest::newRow("spaces") << " 1 : * " << true << 1 << -1;
        QTest::newRow("no colon") << "1" << false << 0 << 0;
        QTest::newRow("max below min") << "3:2" << false << 0 << 0;
        QTest::newRow("zero max") << "0:0" << false << 0 << 0;
        QTest::newRow("negative") << "-1:1" << false << 0 << 0;
        QTest::newRow("huge") << "1:99999999999" << false << 0 << 0;
        QTest::newRow("arabic digits") << QString::fromUtf8("١:١") << false << 0 << 0;
    }

    void multiplicity()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, min);
        QFETCH(int, max);
        const std::optional<Multiplicity> parsed = Multiplicity::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (parsed) {
            QCOMPARE(parsed->min, min);
            QCOMPARE(parsed->max.value_or(-1), max);
            QCOMPARE(parsed->isRequired(), min > 0);
            QCOMPARE(parsed->isRepeatable(), max != 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SchemaParser)
#include "tst_SchemaParser.moc"
