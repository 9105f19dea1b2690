#include "GermanText.h"

#include <QTest>

using bt::app::GermanText;

class tst_GermanText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlauts") << QStringLiteral("Führungszeugnis Größe Ärger")
                                 << QStringLiteral("fuehrungszeugnis groesse aerger");
        QTest::newRow("sharp s") << QStringLiteral("Straße, STRASSE") << QStringLiteral("strasse strasse");
        QTest::newRow("accents") << QStringLiteral("Café Ñandú Ç") << QStringLiteral("cafe nandu c");
        QTest::newRow("punctuation and spaces")
            << QStringLiteral("  Kfz-Zulassung (neu)!  ") << QStringLiteral("kfz zulassung neu");
        QTest::newRow("digits stay") << QStringLiteral("§ 34c GewO") << QStringLiteral("34c gewo");
        QTest::newRow("already folded") << QStringLiteral("fuehrerschein") << QStringLiteral("fuehrerschein");
        QTest::newRow("empty") << QString() << QString();
    }

    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(GermanText::fold(text), folded);
    }

    void stem_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("-ung") << QStringLiteral("anmeldung") << QStringLiteral("anmeld");
        QTest::newRow("-en") << QStringLiteral("anmelden") << QStringLiteral("anmeld");
        QTest::newRow("-ungen") << QStringLiteral("genehmigungen") << QStringLiteral("genehmig");
        QTest::newRow("too short to cut") << QStringLiteral("haus") << QStringLiteral("haus");
        QTest::newRow("plural e") << QStringLiteral("hunde") << QStringLiteral("hund");
        QTest::newRow("english -ing") << QStringLiteral("parking") << QStringLiteral("park");
    }

    void stem()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(GermanText::stem(word), stem);
    }

    void stopwords()
    {
        QVERIFY(GermanText::isStopword(QStringLiteral("mein")));
        QVERIFY(GermanText::isStopword(QStringLiteral("fuer")));
        QVERIFY(GermanText::isStopword(QStringLiteral("the")));
        QVERIFY(!GermanText::isStopword(QStringLiteral("hund")));
    }
};

QTEST_APPLESS_MAIN(tst_GermanText)
#include "tst_GermanText.moc"
