#include "Decompounder.h"

#include <QTest>

using bt::app::Decompounder;

class tst_Decompounder : public QObject
{
    Q_OBJECT

private:
    static Decompounder make()
    {
        return Decompounder({QStringLiteral("hund"),
                             QStringLiteral("hunde"),
                             QStringLiteral("steuer"),
                             QStringLiteral("anwohner"),
                             QStringLiteral("park"),
                             QStringLiteral("ausweis"),
                             QStringLiteral("parkausweis"),
                             QStringLiteral("geburt"),
                             QStringLiteral("urkunde")});
    }

private Q_SLOTS:
    void splitsWithLinkingElements()
    {
        const std::vector<QStringList> splits = make().splits(QStringLiteral("hundesteuer"));
        QVERIFY(std::find(splits.begin(),
                          splits.end(),
                          QStringList{QStringLiteral("hunde"), QStringLiteral("steuer")}) != splits.end());
        // Hund + e + Steuer: the linking "e" is not a part.
        QVERIFY(std::find(splits.begin(),
                          splits.end(),
                          QStringList{QStringLiteral("hund"), QStringLiteral("steuer")}) != splits.end());
        const std::vector<QStringList> birth = make().splits(QStringLiteral("geburtsurkunde"));
        QCOMPARE(birth.size(), std::size_t(1));
        QCOMPARE(birth.front(), QStringList({QStringLiteral("geburt"), QStringLiteral("urkunde")}));
    }

    void nestedCompounds()
    {
        const QStringList parts = make().parts(QStringLiteral("anwohnerparkausweis"));
        for (const char* part : {"anwohner", "parkausweis", "park", "ausweis"}) {
            QVERIFY2(parts.contains(QString::fromLatin1(part)), part);
        }
        // The shortest split comes first.
        QCOMPARE(make().splits(QStringLiteral("anwohnerparkausweis")).front().size(), 2);
    }

    void unknownWordsDoNotSplit()
    {
        QVERIFY(make().splits(QStringLiteral("steuerberater")).empty());
        QVERIFY(make().splits(QStringLiteral("hund")).empty()); // a known word alone is no compound
        QVERIFY(make().splits(QString()).empty());
    }

    void unfinishedLastPart()
    {
        Decompounder decompounder = make();
        QVERIFY(decompounder.splits(QStringLiteral("hundesteu")).empty());
        decompounder.setPrefixCheck([](const QString& part) { return QStringLiteral("steuer").startsWith(part); });
        QVERIFY(!decompounder.splits(QStringLiteral("hundesteu")).empty());
    }
};

QTEST_APPLESS_MAIN(tst_Decompounder)
#include "tst_Decompounder.moc"
