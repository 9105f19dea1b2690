// Which answers the ID card gives a form: the mapping file, and values that must not be locked in.
#include "FormLibrary.h"
#include "IdentityData.h"
#include "IdentityPrefill.h"
#include "Session.h"

#include <QTest>

using bt::app::IdentityPrefill;
namespace identityData = bt::app::identityData;

namespace {

QHash<QString, QString> byField(const std::vector<IdentityPrefill::Answer>& answers)
{
    QHash<QString, QString> values;
    for (const IdentityPrefill::Answer& answer : answers) {
        values.insert(answer.fieldId, answer.value);
    }
    return values;
}

} // namespace

class tst_IdentityPrefill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badMappingsAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("offset");
        QTest::newRow("other format") << QByteArray(R"({"format": "x", "formatVersion": 1, "fields": {}})")
                                      << QStringLiteral("format:");
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "buergerterminal-eid-prefill", "formatVersion": 2, "fields": {}})")
            << QStringLiteral("formatVersion:");
        QTest::newRow("no fields") << QByteArray(R"({"format": "buergerterminal-eid-prefill", "formatVersion": 1})")
                                   << QStringLiteral("fields:");
        QTest::newRow("unknown data group")
            << QByteArray(R"({"format": "buergerterminal-eid-prefill", "formatVersion": 1,
                              "fields": {"F1": {"dataGroup": "DG99"}}})")
            << QStringLiteral("fields.F1: \"DG99\"");
        QTest::newRow("unknown part of the address")
            << QByteArray(R"({"format": "buergerterminal-eid-prefill", "formatVersion": 1,
                              "fields": {"F2": {"dataGroup": "DG17", "part": "country"}}})")
            << QStringLiteral("fields.F2: \"DG17.country\"");
    }

    void badMappingsAreRefusedWithTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        bt::app::Failure error;
        QVERIFY(!IdentityPrefill::parse(json, &error));
        QVERIFY2(error.staffDetail().startsWith(expected), qPrintable(error.staffDetail()));
    }

    void theShippedMappingFillsThePersonOfEveryForm()
    {
        QVERIFY(!IdentityPrefill::shipped().isEmpty());
        bt::app::Failure error;
        const std::optional<bt::forms::FormSchema> schema =
            bt::app::formLibrary::load(QStringLiteral("meldebescheinigung"), &error);
        QVERIFY2(schema, qPrintable(error.staffDetail()));
        bt::app::Session session({QStringLiteral("de"), {}});
        QVERIFY(IdentityPrefill::shipped().answersFor(*schema, session).empty()); // nobody identified

        session.setPersonalValue(identityData::familyName, u"Mustermann");
        session.setPersonalValue(identityData::givenNames, u"Erika");
        session.setPersonalValue(identityData::dateOfBirth, u"12.08.1964"); // kept as the form does
        session.setPersonalValue(identityData::street, u"Heidestraße 17");
        session.setPersonalValue(identityData::zipCode, u"51147");
        session.setPersonalValue(identityData::city, u"Köln");
        const auto answers = IdentityPrefill::shipped().answersFor(*schema, session);
        const QHash<QString, QString> values = byField(answers);
        QCOMPARE(values.value(QStringLiteral("F99000001")), QStringLiteral("Mustermann"));
        QCOMPARE(values.value(QStringLiteral("F99000002")), QStringLiteral("Erika"));
        QCOMPARE(values.value(QStringLiteral("F99000005")), QStringLiteral("1964-08-12"));
        QCOMPARE(values.value(QStringLiteral("F99000009")), QStringLiteral("51147"));
        QCOMPARE(values.size(), 6);
        // The card says "D" (ICAO); the form's list wants the DESTATIS key.
        session.setPersonalValue(identityData::nationality, u"D");
        QCOMPARE(byField(IdentityPrefill::shipped().answersFor(*schema, session)).value(QStringLiteral("F99000007")),
                 QStringLiteral("000"));
        session.setPersonalValue(identityData::nationality, u"FRA");
        QCOMPARE(byField(IdentityPrefill::shipped().answersFor(*schema, session)).value(QStringLiteral("F99000007")),
                 QStringLiteral("129"));
        for (const IdentityPrefill::Answer& answer : answers) {
            QVERIFY2(!answer.path.isEmpty(), qPrintable(answer.fieldId)); // inside the person's group
        }
    }

    // The card's data is not always what the form accepts: such a field stays for the citizen.
    void valuesThatDoNotFitTheirFieldAreLeftOpen()
    {
        bt::app::Failure error;
        const auto schema = bt::app::formLibrary::load(QStringLiteral("meldebescheinigung"), &error);
        QVERIFY2(schema, qPrintable(error.staffDetail()));
        bt::app::Session session({QStringLiteral("de"), {}});
        session.setPersonalValue(identityData::dateOfBirth, u"1964-13-45"); // no such day
        session.setPersonalValue(identityData::nationality, u"XXC");        // a refugee: no key of the list
        session.setPersonalValue(identityData::zipCode, u"5114");           // too short
        session.setPersonalValue(identityData::familyName, u"Gabler");
        const QHash<QString, QString> values = byField(IdentityPrefill::shipped().answersFor(*schema, session));
        QVERIFY2(values.size() == 1 && values.contains(QStringLiteral("F99000001")),
                 qPrintable(QStringList(values.keys()).join(u',')));
    }
};

QTEST_GUILESS_MAIN(tst_IdentityPrefill)
#include "tst_IdentityPrefill.moc"
