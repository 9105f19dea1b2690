#include "FieldValidator.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

void btInitTranslationsResource();

using namespace bt::forms;

namespace {

Field field(DataType type, FieldKind kind = FieldKind::Input)
{
    Field made;
    made.id = QStringLiteral("F1");
    made.type = type;
    made.kind = kind;
    return made;
}

} // namespace

class tst_FieldValidator : public QObject
{
    Q_OBJECT

private:
    QTranslator m_english; // English is the source; its file holds the plural forms

private Q_SLOTS:
    void initTestCase()
    {
        btInitTranslationsResource();
        QVERIFY(m_english.load(QStringLiteral(":/i18n/buergerterminal_en")));
        QCoreApplication::installTranslator(&m_english);
    }

    void check_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("minValue");
        QTest::addColumn<QString>("maxValue");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QString none;
        const auto row =
            [&](const char* name, DataType type, bool required, const QString& value, const char* message) {
                QTest::newRow(name) << int(type) << required << none << none << value << QString::fromUtf8(message);
            };
        row("required and empty", DataType::Text, true, QString(), "Please fill in this field.");
        row("required and blank", DataType::Text, true, QStringLiteral("   "), "Please fill in this field.");
        row("optional and empty", DataType::Date, false, QString(), "");
        row("text", DataType::Text, true, QStringLiteral("Müller"), "");
        row("yes", DataType::Bool, true, QStringLiteral("true"), "");
        row("not yes or no", DataType::Bool, true, QStringLiteral("ja"), "Please answer yes or no.");
        row("ISO date", DataType::Date, true, QStringLiteral("2024-02-29"), "");
        row("German date", DataType::Date, true, QStringLiteral("29.02.2024"), "");
        row("no such date", DataType::Date, true, QStringLiteral("30.02.2024"), "Please enter a date like 31.12.2024.");
        row("time", DataType::Time, true, QStringLiteral("14:30"), "");
        row("bad time", DataType::Time, true, QStringLiteral("25:00"), "Please enter a time like 14:30.");
        row("datetime", DataType::DateTime, true, QStringLiteral("31.12.2024 14:30"), "");
        row("bad datetime",
            DataType::DateTime,
            true,
            QStringLiteral("morgen"),
            "Please enter a date and time like 31.12.2024 14:30.");
        row("number with comma", DataType::Num, true, QStringLiteral("1,5"), "");
        row("number with thousands", DataType::Num, true, QStringLiteral("1.234,5"), "");
        row("not a number", DataType::Num, true, QStringLiteral("zwölf"), "Please enter a number.");
        row("whole number", DataType::NumInt, true, QStringLiteral("12"), "");
        row("fraction for a whole number",
            DataType::NumInt,
            true,
            QStringLiteral("1,5"),
            "Please enter a whole number.");
        row("amount", DataType::NumCurrency, true, QStringLiteral("12,50"), "");
        row("amount with cents fraction",
            DataType::NumCurrency,
            true,
            QStringLiteral("12,505"),
            "Please enter an amount in euros like 12,50.");
        row("latin with accents", DataType::TextLatin, true, QStringLiteral("Ðorđević"), "");
        row("not latin", DataType::TextLatin, true, QStringLiteral("Иванов"), "Please use Latin letters only.");
        QTest::newRow("below minimum") << int(DataType::Num) << true << QStringLiteral("18") << none
                                       << QStringLiteral("17")
                                       << QStringLiteral("Please enter a value of at least 18.");
        QTest::newRow("above maximum") << int(DataType::NumCurrency) << true << none << QStringLiteral("1000.5")
                                       << QStringLiteral("1.000,51")
                                       << QStringLiteral("Please enter a value of at most 1.000,50.");
        QTest::newRow("date before range")
            << int(DataType::Date) << true << QStringLiteral("2020-01-01") << none << QStringLiteral("31.12.2019")
            << QStringLiteral("Please enter a date on or after 01.01.2020.");
        QTest::newRow("date in range") << int(DataType::Date) << true << QStringLiteral("2020-01-01")
                                       << QStringLiteral("2020-12-31") << QStringLiteral("2020-06-01") << QString();
    }

    void check()
    {
        QFETCH(int, type);
        QFETCH(bool, required);
        QFETCH(QString, minValue);
        QFETCH(QString, maxValue);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Field made = field(DataType(type));
        made.constraints.minValue = minValue;
        made.constraints.maxValue = maxValue;
        QCOMPARE(FieldValidator::check(made, required, value), message);
    }

    void lengthAndPattern()
    {
        Field postalCode = field(DataType::Text);
        postalCode.constraints.minLength = 5;
        postalCode.constraints.maxLength = 5;
        postalCode.constraints.pattern = QStringLiteral("[0-9]+");
        postalCode.constraints.compiledPattern =
            QRegularExpression(QRegularExpression::anchoredPattern(postalCode.constraints.pattern));
        QCOMPARE(FieldValidator::check(postalCode, true, QStringLiteral("1234")),
                 QStringLiteral("Please enter at least 5 characters."));
        QCOMPARE(FieldValidator::check(postalCode, true, QStringLiteral("123456")),
                 QStringLiteral("Please enter at most 5 characters."));
        QCOMPARE(FieldValidator::check(postalCode, true, QStringLiteral("1234a")),
                 QStringLiteral("Please check your entry: it does not have the expected form."));
        QCOMPARE(FieldValidator::check(postalCode, true, QStringLiteral("10115")), QString());
    }

    void codeListMembership()
    {
        Field sex = field(DataType::Text, FieldKind::Select);
        sex.codeList = std::make_shared<const CodeList>(
            CodeListReference{},
            QStringLiteral("g"),
            std::vector<CodeListEntry>{{QStringLiteral("w"), QStringLiteral("weiblich"), {}}});
        QCOMPARE(FieldValidator::check(sex, true, QStringLiteral("w")), QString());
        QCOMPARE(FieldValidator::check(sex, true, QStringLiteral("q")),
                 QStringLiteral("Please choose one of the options offered."));
    }

    void labelsAndHiddenFieldsTakeNoAnswer()
    {
        QCOMPARE(FieldValidator::check(field(DataType::Text, FieldKind::Label), true, QString()), QString());
        QCOMPARE(FieldValidator::check(field(DataType::Date, FieldKind::Hidden), true, QStringLiteral("x")), QString());
    }

    // German is the default language: the messages are translated.
    void germanMessages()
    {
        QCoreApplication::removeTranslator(&m_english);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/buergerterminal_de")));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(FieldValidator::check(field(DataType::Text), true, QString()),
                 QStringLiteral("Bitte füllen Sie dieses Feld aus."));
        Field name = field(DataType::Text);
        name.constraints.maxLength = 1;
        QCOMPARE(FieldValidator::check(name, true, QStringLiteral("ab")),
                 QStringLiteral("Bitte geben Sie höchstens 1 Zeichen ein."));
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::installTranslator(&m_english);
    }
};

QTEST_GUILESS_MAIN(tst_FieldValidator)
#include "tst_FieldValidator.moc"
