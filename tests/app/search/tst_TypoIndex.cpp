#include "TypoIndex.h"

#include <QTest>

using bt::app::TypoIndex;

class tst_TypoIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << QStringLiteral("hund") << QStringLiteral("hund") << 0;
        QTest::newRow("one missing") << QStringLiteral("knoelchen") << QStringLiteral("knoellchen") << 1;
        QTest::newRow("swap counts once") << QStringLiteral("fuehrerschien") << QStringLiteral("fuehrerschein") << 1;
        QTest::newRow("a substitution and a swap")
            << QStringLiteral("perzonalausweis") << QStringLiteral("personalauswies") << 2;
        QTest::newRow("three edits") << QStringLiteral("perzonalauswiss") << QStringLiteral("personalausweis") << 3;
        QTest::newRow("beyond the limit") << QStringLiteral("abc") << QStringLiteral("xyzuvw") << 3;
    }

    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(TypoIndex::distance(a, b, 2), qMin(distance, 3));
    }

    void allowedDistanceByLength()
    {
        QCOMPARE(TypoIndex::allowedDistance(3), 0);
        QCOMPARE(TypoIndex::allowedDistance(4), 1);
        QCOMPARE(TypoIndex::allowedDistance(7), 1);
        QCOMPARE(TypoIndex::allowedDistance(8), 2);
    }

    void lookup()
    {
        TypoIndex index;
        index.add(QStringLiteral("personalausweis"), 10);
        index.add(QStringLiteral("reisepass"), 8);
        index.add(QStringLiteral("knoellchen"), 2);
        index.add(QStringLiteral("hund"), 5);
        index.add(QStringLiteral("mund"), 1);
        index.add(QStringLiteral("amt"), 9); // too short to be corrected to
        QCOMPARE(index.lookup(QStringLiteral("personalauswies"), 2).front().word, QStringLiteral("personalausweis"));
        QCOMPARE(index.lookup(QStringLiteral("reisepas"), 2).front().word, QStringLiteral("reisepass"));
        QCOMPARE(index.lookup(QStringLiteral("knoelchen"), 1).front().word, QStringLiteral("knoellchen"));
        // Equally close: the more frequent first.
        const std::vector<TypoIndex::Match> dogs = index.lookup(QStringLiteral("hunf"), 1);
        QCOMPARE(dogs.size(), std::size_t(1));
        QCOMPARE(dogs.front().word, QStringLiteral("hund"));
        QVERIFY(index.lookup(QStringLiteral("amx"), 1).empty());
        QVERIFY(index.lookup(QStringLiteral("reisepass"), 2).empty()); // the word itself is no correction
        QVERIFY(index.lookup(QStringLiteral("personalausweis"), 0).empty());
    }
};

QTEST_APPLESS_MAIN(tst_TypoIndex)
#include "tst_TypoIndex.moc"
