#include "CodeListRegistry.h"
#include "SchemaParser.h"
#include "SmallSchemas.h"
#include "SubmissionReader.h"
#include "SubmissionWriter.h"

#include <QTest>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

// Answers for every answerable field of a schema, three occurrences of each repeatable group
// (within its limits), each value of its type; text values are distinctive per path.
void fillAll(const Group& group, const QString& path, FormAnswers* answers)
{
    for (const Member& member : group.members) {
        if (member.isField()) {
            const Field& field = *member.field;
            if (field.kind == FieldKind::Label) {
                continue;
            }
            QString value;
            if (field.kind == FieldKind::Select && field.codeList) {
                value = field.codeList->entries().back().code;
            } else {
                switch (field.type) {
                case DataType::Date:
                    value = QStringLiteral("1970-01-01");
                    break;
                case DataType::Time:
                    value = QStringLiteral("23:59:00");
                    break;
                case DataType::DateTime:
                    value = QStringLiteral("2024-05-01T10:30:00Z");
                    break;
                case DataType::Bool:
                    value = QStringLiteral("false");
                    break;
                case DataType::Num:
                    value = QStringLiteral("-1234.5");
                    break;
                case DataType::NumInt:
                    value = QStringLiteral("42");
                    break;
                case DataType::NumCurrency:
                    value = QStringLiteral("52000.00");
                    break;
                default:
                    value = QStringLiteral("Hauptstraße 42 <&> \"%1\"\r\n\t%2 😀").arg(field.id, path);
                }
            }
            if (member.multiplicity.isRepeatable()) { // each value its own occurrence
                const int count = std::max(member.multiplicity.min, 2);
                for (int i = 0; i < count; ++i) {
                    answers->setValue(answers->addOccurrence(path, field.id), field.id, value + QString::number(i));
                }
                continue;
            }
            answers->setValue(path, field.id, value);
            continue;
        }
        const int wanted = std::max(member.multiplicity.min, 3);
        const int count = member.multiplicity.max ? std::min(*member.multiplicity.max, wanted) : wanted;
        if (answers->occurrenceCount(path, member.group->id) > 0) {
            continue; // a group listed twice in one parent is one set of occurrences
        }
        for (int i = 0; i < count; ++i) {
            fillAll(*member.group, answers->addOccurrence(path, member.group->id), answers);
        }
    }
}

FormAnswers smallAnswers()
{
    FormAnswers answers;
    answers.setValue({}, QStringLiteral("F_NAME"), QStringLiteral("Zaphod Beeblebrox"));
    answers.setValue({}, QStringLiteral("F_BORN"), QStringLiteral("01.01.1970"));
    answers.setValue({}, QStringLiteral("F_OK"), QStringLiteral("true"));
    answers.setValue({}, QStringLiteral("F_FEE"), QStringLiteral("1.234,5"));
    answers.setValue({}, QStringLiteral("F_SIZE"), QStringLiteral("+007,50"));
    answers.setValue({}, QStringLiteral("F_COLOUR"), QStringLiteral("blau"));
    answers.setValue({}, QStringLiteral("F_TIME"), QStringLiteral("9:05"));
    const QString first = answers.addOccurrence({}, QStringLiteral("G_CHILD"));
    answers.setValue(first, QStringLiteral("F_CNAME"), QStringLiteral("Arthur"));
    answers.setValue(first, QStringLiteral("F_AGE"), QStringLiteral("3"));
    answers.setValue(
        answers.addOccurrence(first, QStringLiteral("G_NOTE")), QStringLiteral("F_TEXT"), QStringLiteral("a"));
    answers.setValue(
        answers.addOccurrence(first, QStringLiteral("G_NOTE")), QStringLiteral("F_TEXT"), QStringLiteral("b"));
    answers.addOccurrence({}, QStringLiteral("G_CHILD")); // added, nothing filled in yet
    return answers;
}

} // namespace

class tst_Submission : public QObject
{
    Q_OBJECT

private:
    std::optional<FormSchema> m_blaueKarte;

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        SchemaError error;
        const std::optional<CodeListRegistry> codeLists =
            CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(codeLists, qPrintable(error.toString()));
        m_blaueKarte =
            SchemaParser::load(QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml"), &*codeLists, &error);
        QVERIFY2(m_blaueKarte, qPrintable(error.toString()));
    }

    // The documented example (docs/submission-format.md): values canonical, schema order, an
    // unanswered optional field and the label left out, an empty occurrence kept.
    void xmlIsTheDocumentedFormat()
    {
        SubmissionError error;
        const std::optional<QByteArray> xml =
            SubmissionWriter::toXml(bt::test::smallSchema(), QStringLiteral("99999:S1"), smallAnswers(), &error);
        QVERIFY2(xml, qPrintable(error.toString()));
        QCOMPARE(*xml, QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<antrag xmlns="urn:buergerterminal:antrag:1" schema="S1" version="1.2" form="99999:S1">
  <F_NAME>Zaphod Beeblebrox</F_NAME>
  <F_BORN>1970-01-01</F_BORN>
  <F_OK>true</F_OK>
  <G_CHILD>
    <F_CNAME>Arthur</F_CNAME>
    <F_AGE>3</F_AGE>
    <G_NOTE>
      <F_TEXT>a</F_TEXT>
    </G_NOTE>
    <G_NOTE>
      <F_TEXT>b</F_TEXT>
    </G_NOTE>
  </G_CHILD>
  <G_CHILD/>
  <F_FEE>1234.50</F_FEE>
  <F_SIZE>7.5</F_SIZE>
  <F_COLOUR>blau</F_COLOUR>
  <F_TIME>09:05:00</F_TIME>
</antrag>
)"));
    }

    void jsonIsTheDocumentedFormat()
    {
        SubmissionError error;
        const std::optional<QByteArray> json =
            SubmissionWriter::toJson(bt::test::smallSchema(), QStringLiteral("99999:S1"), smallAnswers(), &error);
        QVERIFY2(json, qPrintable(error.toString()));
        QCOMPARE(*json, QByteArray(R"({
  "format": "urn:buergerterminal:antrag:1",
  "schema": "S1",
  "version": "1.2",
  "form": "99999:S1",
  "answers": {
    "F_NAME": "Zaphod Beeblebrox",
    "F_BORN": "1970-01-01",
    "F_OK": "true",
    "G_CHILD": [
      {
        "F_CNAME": "Arthur",
        "F_AGE": "3",
        "G_NOTE": [
          {
            "F_TEXT": "a"
          },
          {
            "F_TEXT": "b"
          }
        ]
      },
      {}
    ],
    "F_FEE": "1234.50",
    "F_SIZE": "7.5",
    "F_COLOUR": "blau",
    "F_TIME": "09:05:00"
  }
}
)"));
    }

    void smallSchemaRoundTrip()
    {
        const FormSchema schema = bt::test::smallSchema();
        SubmissionError error;
        const QByteArray xml = *SubmissionWriter::toXml(schema, QStringLiteral("f"), smallAnswers(), &error);
        const std::optional<Submission> fromXml = SubmissionReader::read(xml, schema, &error);
        QVERIFY2(fromXml, qPrintable(error.toString()));
        QCOMPARE(fromXml->formId, QStringLiteral("f"));
        QCOMPARE(fromXml->answers.value({}, QStringLiteral("F_BORN")), QStringLiteral("1970-01-01"));
        QCOMPARE(fromXml->answers.occurrenceCount({}, QStringLiteral("G_CHILD")), 2);
        QCOMPARE(*SubmissionWriter::toXml(schema, QStringLiteral("f"), fromXml->answers, &error), xml);

        const QByteArray json = *SubmissionWriter::toJson(schema, QStringLiteral("f"), fromXml->answers, &error);
        const std::optional<Submission> fromJson = SubmissionReader::read(json, schema, &error);
        QVERIFY2(fromJson, qPrintable(error.toString()));
        QVERIFY(fromJson->answers == fromXml->answers);
    }

    // The real Blaue Karte schema, every field answered, repeated groups three times, the repeated
    // field F00000087 (a line of a foreign address, 2:5) twice, text with markup characters, line
    // breaks and a non-BMP character.
    void blaueKarteRoundTrip()
    {
        FormAnswers answers;
        fillAll(m_blaueKarte->root, {}, &answers);
        QVERIFY(answers.all().size() > 10);
        SubmissionError error;
        const std::optional<QByteArray> xml =
            SubmissionWriter::toXml(*m_blaueKarte, QStringLiteral("bk"), answers, &error);
        QVERIFY2(xml, qPrintable(error.toString()));
        QVERIFY(xml->contains("<G00000245>"));
        const std::optional<Submission> fromXml = SubmissionReader::readXml(*xml, *m_blaueKarte, &error);
        QVERIFY2(fromXml, qPrintable(error.toString()));
        QVERIFY(fromXml->answers == answers);

        const std::optional<QByteArray> json =
            SubmissionWriter::toJson(*m_blaueKarte, QStringLiteral("bk"), answers, &error);
        QVERIFY2(json, qPrintable(error.toString()));
        const std::optional<Submission> fromJson = SubmissionReader::readJson(*json, *m_blaueKarte, &error);
        QVERIFY2(fromJson, qPrintable(error.toString()));
        QVERIFY(fromJson->answers == answers);
        QCOMPARE(*SubmissionWriter::toJson(*m_blaueKarte, QStringLiteral("bk"), fromJson->answers, &error), *json);
    }

    // A field that may be given more than once (2:3 lines, say): one element per value in XML, an
    // array of strings in JSON; a line added but not filled stays, so a draft comes back as it was.
    void repeatedFieldIsAListOfValues()
    {
        FormSchema schema;
        schema.id = QStringLiteral("S2");
        schema.version = QStringLiteral("1.0");
        schema.root.members = {bt::test::member(bt::test::field("F_LINE", DataType::Text), "2:3"),
                               bt::test::member(bt::test::field("F_NAME", DataType::Text), "1:1")};
        schema.index();
        FormAnswers answers;
        answers.setValue({}, QStringLiteral("F_NAME"), QStringLiteral("Ana"));
        for (const char* line : {"Rua Augusta 1", "", "Lisboa"}) {
            const QString path = answers.addOccurrence({}, QStringLiteral("F_LINE"));
            answers.setValue(path, QStringLiteral("F_LINE"), QString::fromLatin1(line));
        }
        SubmissionError error;
        const std::optional<QByteArray> xml = SubmissionWriter::toXml(schema, QStringLiteral("r"), answers, &error);
        QVERIFY2(xml, qPrintable(error.toString()));
        QVERIFY2(xml->contains("<F_LINE>Rua Augusta 1</F_LINE>\n  <F_LINE/>\n  <F_LINE>Lisboa</F_LINE>\n"
                               "  <F_NAME>Ana</F_NAME>"),
                 xml->constData());
        const std::optional<QByteArray> json = SubmissionWriter::toJson(schema, QStringLiteral("r"), answers, &error);
        QVERIFY2(json, qPrintable(error.toString()));
        QVERIFY2(json->contains(R"("F_LINE": [
      "Rua Augusta 1",
      "",
      "Lisboa"
    ],
    "F_NAME": "Ana")"),
                 json->constData());
        for (const QByteArray* bytes : {&*xml, &*json}) {
            const std::optional<Submission> read = SubmissionReader::read(*bytes, schema, &error);
            QVERIFY2(read, qPrintable(error.toString()));
            QVERIFY(read->answers == answers);
            QCOMPARE(read->answers.occurrenceCount({}, QStringLiteral("F_LINE")), 3);
        }

        // More values than allowed, written or read, and a value beside the occurrences.
        FormAnswers tooMany = answers;
        tooMany.setValue(tooMany.addOccurrence({}, QStringLiteral("F_LINE")), QStringLiteral("F_LINE"), u"x"_qs);
        QVERIFY(!SubmissionWriter::toXml(schema, QStringLiteral("r"), tooMany, &error));
        QCOMPARE(error.toString(), QStringLiteral("F_LINE#3: 4 values of F_LINE, at most 3 allowed"));
        QByteArray fourLines = *xml;
        fourLines.replace("<F_NAME>", "<F_LINE>x</F_LINE><F_NAME>");
        QVERIFY(!SubmissionReader::read(fourLines, schema, &error));
        QVERIFY2(error.toString().contains(QStringLiteral("too many values of F_LINE, at most 3 allowed")),
                 qPrintable(error.toString()));
        FormAnswers beside = answers;
        beside.setValue({}, QStringLiteral("F_LINE"), QStringLiteral("y"));
        QVERIFY(!SubmissionWriter::toJson(schema, QStringLiteral("r"), beside, &error));
        QCOMPARE(error.toString(), QStringLiteral("F_LINE: not an answerable field of this group"));
    }

    void sameAnswersSameBytes()
    {
        const FormSchema schema = bt::test::smallSchema();
        FormAnswers a;
        FormAnswers b;
        const QStringList ids{
            QStringLiteral("F_NAME"), QStringLiteral("F_OK"), QStringLiteral("F_SIZE"), QStringLiteral("F_BORN")};
        const QStringList values{
            QStringLiteral("x"), QStringLiteral("false"), QStringLiteral("1"), QStringLiteral("2000-02-29")};
        for (qsizetype i = 0; i < ids.size(); ++i) {
            a.setValue({}, ids[i], values[i]);
            b.setValue({}, ids[ids.size() - 1 - i], values[ids.size() - 1 - i]);
        }
        SubmissionError error;
        QCOMPARE(*SubmissionWriter::toXml(schema, {}, a, &error), *SubmissionWriter::toXml(schema, {}, b, &error));
        QCOMPARE(*SubmissionWriter::toJson(schema, {}, a, &error), *SubmissionWriter::toJson(schema, {}, b, &error));
    }

    void canonicalValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("written"); // empty: refused

        QTest::newRow("date german") << "F_BORN"
                                     << "31.12.2024"
                                     << "2024-12-31";
        QTest::newRow("date short german") << "F_BORN"
                                           << "1.2.2024"
                                           << "2024-02-01";
        QTest::newRow("date impossible") << "F_BORN"
                                         << "31.02.2024"
                                         << "";
        QTest::newRow("bool") << "F_OK"
                              << "false"
                              << "false";
        QTest::newRow("bool german word") << "F_OK"
                                          << "ja"
                                          << "";
        QTest::newRow("currency german") << "F_FEE"
                                         << "1.234,56"
                                         << "1234.56";
        QTest::newRow("currency whole") << "F_FEE"
                                        << "12"
                                        << "12.00";
        QTest::newRow("currency negative") << "F_FEE"
                                           << "-0,5"
                                           << "-0.50";
        QTest::newRow("currency trailing zeros") << "F_FEE"
                                                 << "3.500"
                                                 << "3500.00"; // German thousands
        QTest::newRow("currency fraction of a cent") << "F_FEE"
                                                     << "0,001"
                                                     << "";
        QTest::newRow("num") << "F_SIZE"
                             << "0,10"
                             << "0.1";
        QTest::newRow("num minus zero") << "F_SIZE"
                                        << "-0,0"
                                        << "0";
        QTest::newRow("num leading zeros") << "F_SIZE"
                                           << "007"
                                           << "7";
        QTest::newRow("num not a number") << "F_SIZE"
                                          << "1e5"
                                          << "";
        QTest::newRow("int") << "G_CHILD#0/F_AGE"
                             << "+12"
                             << "12";
        QTest::newRow("int with fraction") << "G_CHILD#0/F_AGE"
                                           << "1,5"
                                           << "";
        QTest::newRow("time") << "F_TIME"
                              << "7:30"
                              << "07:30:00";
        QTest::newRow("datetime offset") << "F_WHEN"
                                         << "2024-05-01T10:30:00+02:00"
                                         << "2024-05-01T10:30:00+02:00";
        QTest::newRow("select code") << "F_COLOUR"
                                     << "rot"
                                     << "rot";
        QTest::newRow("select not a code") << "F_COLOUR"
                                           << "Rot"
                                           << "";
        QTest::newRow("text kept exactly") << "F_NAME"
                                           << " a  b\n"
                                           << " a  b\n";
        QTest::newRow("text control character") << "F_NAME"
                                                << "a\x01"
                                                << "";
    }

    void canonicalValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, written);
        const qsizetype slash = field.lastIndexOf(u'/');
        const QString path = slash < 0 ? QString() : field.left(slash);
        const QString id = field.mid(slash + 1);
        FormAnswers answers;
        answers.setValue(path, id, typed);
        if (!path.isEmpty()) {
            answers.setValue(path, QStringLiteral("F_CNAME"), QStringLiteral("n"));
        }
        SubmissionError error;
        const std::optional<QByteArray> xml = SubmissionWriter::toXml(bt::test::smallSchema(), {}, answers, &error);
        if (written.isEmpty()) {
            QVERIFY(!xml);
            QCOMPARE(error.where, field);
            QVERIFY2(!error.toString().contains(typed), "an error message must not carry the answer");
            return;
        }
        QVERIFY2(xml, qPrintable(error.toString()));
        const std::optional<Submission> back = SubmissionReader::readXml(*xml, bt::test::smallSchema(), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->answers.value(path, id), written);
    }

    void writerRefusesWhatTheSchemaDoesNotHave_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown field") << ""
                                       << "F_NOPE"
                                       << "F_NOPE: not an answerable field of this group";
        QTest::newRow("field of another group") << ""
                                                << "F_CNAME"
                                                << "F_CNAME: not an answerable field of this group";
        QTest::newRow("label") << ""
                               << "F_LABEL"
                               << "F_LABEL: not an answerable field of this group";
        QTest::newRow("unknown group") << "G_NOPE#0"
                                       << "F_NAME"
                                       << "G_NOPE#0: the schema has no such group occurrence here";
        QTest::newRow("group in the wrong place") << "G_NOTE#0"
                                                  << "F_TEXT"
                                                  << "G_NOTE#0: the schema has no such group occurrence here";
        QTest::newRow("gap in the indexes") << "G_CHILD#1"
                                            << "F_CNAME"
                                            << "G_CHILD#1: the schema has no such group occurrence here";
    }

    void writerRefusesWhatTheSchemaDoesNotHave()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        FormAnswers answers;
        answers.setValue(path, field, QStringLiteral("x"));
        SubmissionError error;
        QVERIFY(!SubmissionWriter::toXml(bt::test::smallSchema(), {}, answers, &error));
        QCOMPARE(error.toString(), expected);
        QVERIFY(!SubmissionWriter::toJson(bt::test::smallSchema(), {}, answers, &error));
    }

    void writerRefusesTooManyOccurrences()
    {
        FormAnswers answers;
        for (int i = 0; i < 4; ++i) {
            answers.addOccurrence({}, QStringLiteral("G_CHILD"));
        }
        SubmissionError error;
        QVERIFY(!SubmissionWriter::toXml(bt::test::smallSchema(), {}, answers, &error));
        QCOMPARE(error.toString(), QStringLiteral("G_CHILD#3: 4 occurrences of G_CHILD, at most 3 allowed"));
    }

    void xmlReaderErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");

        const QByteArray head = R"(<antrag xmlns="urn:buergerterminal:antrag:1" schema="S1" version="1.2" form="f">)";
        QTest::newRow("other namespace")
            << QByteArray(R"(<antrag xmlns="urn:x" schema="S1" version="1.2" form="f"/>)")
            << R"(1:58: the document is not an answers instance: the root must be <antrag xmlns="urn:buergerterminal:antrag:1">)";
        QTest::newRow("other schema")
            << QByteArray(R"(<antrag xmlns="urn:buergerterminal:antrag:1" schema="S2" version="1.2" form="f"/>)")
            << "the answers are for schema S2 version 1.2, not S1 version 1.2";
        QTest::newRow("other version")
            << QByteArray(R"(<antrag xmlns="urn:buergerterminal:antrag:1" schema="S1" version="1.1" form="f"/>)")
            << "the answers are for schema S1 version 1.1, not S1 version 1.2";
        QTest::newRow("no form") << QByteArray(
                                        R"(<antrag xmlns="urn:buergerterminal:antrag:1" schema="S1" version="1.2"/>)")
                                 << "1:72: <antrag> lacks the attribute form";
        QTest::newRow("unknown id") << head + "\n  <F_NAME>x</F_NAME>\n  <F_NOPE>x</F_NOPE>\n</antrag>"
                                    << "3:10: F_NOPE is not a member of S1";
        QTest::newRow("nested unknown id") << head + "\n<G_CHILD>\n<F_NAME>x</F_NAME></G_CHILD></antrag>"
                                           << "3:8: F_NAME is not a member of G_CHILD";
        QTest::newRow("too many occurrences") << head + "\n<G_CHILD/>\n<G_CHILD/>\n<G_CHILD/>\n<G_CHILD/>\n</antrag>"
                                              << "5:10: too many occurrences of G_CHILD, at most 3 allowed";
        QTest::newRow("field twice") << head + "<F_NAME>a</F_NAME><F_NAME>b</F_NAME></antrag>"
                                     << "1:106: F_NAME occurs more than once";
        QTest::newRow("bad date") << head + "\n<F_BORN>31.12.2024</F_BORN></antrag>"
                                  << "2:8: the value of F_BORN is not a date as YYYY-MM-DD";
        QTest::newRow("not a code") << head + "\n<F_COLOUR>gruen</F_COLOUR></antrag>"
                                    << "2:10: the value of F_COLOUR is not a code of the list urn:test:farbe_1";
        QTest::newRow("field with elements") << head + "\n<F_NAME><F_OK>true</F_OK></F_NAME></antrag>"
                                             << "2:8: F_NAME is a field: expected a value";
        QTest::newRow("group with text") << head + "\n<G_CHILD>Arthur</G_CHILD></antrag>"
                                         << "2:9: G_CHILD is a group: expected its members, not a value";
        QTest::newRow("label") << head + "\n<F_LABEL>x</F_LABEL></antrag>"
                               << "2:9: F_LABEL is a label and takes no answer";
        QTest::newRow("attribute on a member") << head + "\n<F_NAME a=\"1\">x</F_NAME></antrag>"
                                               << "2:14: <F_NAME> has attributes; members carry none";
        QTest::newRow("foreign element") << head + "\n<x:F_NAME xmlns:x=\"urn:x\">x</x:F_NAME></antrag>"
                                         << "2:26: <x:F_NAME> is not in the namespace urn:buergerterminal:antrag:1";
        QTest::newRow("dtd") << QByteArray("<!DOCTYPE antrag [<!ENTITY a \"b\">]>\n") + head + "</antrag>"
                             << "1:35: a DTD is not allowed";
        QTest::newRow("truncated") << head + "\n<F_NAME>x</F_NAME>"
                                   << "2:18: Premature end of document.";
        QTest::newRow("text outside fields") << head + "hallo</antrag>"
                                             << "1:94: <antrag> holds text outside any field";
        QTest::newRow("second root") << head + "</antrag><antrag/>"
                                     << "1:98: Extra content at end of document.";
    }

    void xmlReaderErrors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        SubmissionError error;
        QVERIFY(!SubmissionReader::readXml(xml, bt::test::smallSchema(), &error));
        QCOMPARE(error.toString(), expected);
    }

    void jsonReaderErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const QByteArray head =
            R"({"format": "urn:buergerterminal:antrag:1", "schema": "S1", "version": "1.2", "form": "f", )";
        QTest::newRow("not json") << QByteArray("{") << "offset 1: unterminated object";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "x", "schema": "S1", "version": "1.2", "form": "f", "answers": {}})")
            << R"(format: must be "urn:buergerterminal:antrag:1")";
        QTest::newRow("unknown top key") << head + R"("answers": {}, "extra": 1})"
                                         << "extra: unknown key";
        QTest::newRow("no answers") << head + R"("x": 1})"
                                    << "x: unknown key";
        QTest::newRow("unknown id") << head + R"("answers": {"G_CHILD": [{"F_NOPE": "1"}]}})"
                                    << "answers.G_CHILD[0].F_NOPE: F_NOPE is not a member of G_CHILD";
        QTest::newRow("number value") << head + R"("answers": {"F_SIZE": 7.5}})"
                                      << "answers.F_SIZE: must be a string (a field's value) or an array (a group's "
                                         "occurrences or a repeated field's values)";
        QTest::newRow("group as string") << head + R"("answers": {"G_CHILD": "x"}})"
                                         << "answers.G_CHILD: G_CHILD is a group: expected its members, not a value";
        QTest::newRow("field as array") << head + R"("answers": {"F_NAME": [{}]}})"
                                        << "answers.F_NAME[0]: F_NAME is a field: expected a value";
        QTest::newRow("too many") << head + R"("answers": {"G_CHILD": [{}, {}, {}, {}]}})"
                                  << "answers.G_CHILD[3]: too many occurrences of G_CHILD, at most 3 allowed";
        QTest::newRow("bad value") << head + R"("answers": {"G_CHILD": [{"F_AGE": "1.0"}]}})"
                                   << "answers.G_CHILD[0].F_AGE: the value of F_AGE is not a whole number like -12";
        QTest::newRow("occurrence not an object")
            << head + R"("answers": {"G_CHILD": [1]}})"
            << "answers.G_CHILD[0]: must be an object (one occurrence of a group) or a string (one value of a "
               "repeated field)";
    }

    void jsonReaderErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        SubmissionError error;
        QVERIFY(!SubmissionReader::readJson(json, bt::test::smallSchema(), &error));
        QCOMPARE(error.toString(), expected);
    }

    void readerIsAllOrNothing()
    {
        // Good answers before the bad one do not come back: there is no partial result.
        const QByteArray xml = R"(<antrag xmlns="urn:buergerterminal:antrag:1" schema="S1" version="1.2" form="f">
<F_NAME>Zaphod</F_NAME><F_BORN>gestern</F_BORN></antrag>)";
        SubmissionError error;
        QVERIFY(!SubmissionReader::read(xml, bt::test::smallSchema(), &error));
        QVERIFY(!error.toString().contains(QStringLiteral("gestern")));
    }
};

QTEST_GUILESS_MAIN(tst_Submission)
#include "tst_Submission.moc"
