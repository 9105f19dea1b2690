#include "FormAnswers.h"

#include <QTest>

using bt::forms::FormAnswers;

class tst_FormAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths()
    {
        QCOMPARE(FormAnswers::occurrencePath({}, QStringLiteral("G60000000086"), 0), QStringLiteral("G60000000086#0"));
        QCOMPARE(FormAnswers::occurrencePath(QStringLiteral("G60000000086#0"), QStringLiteral("G60000000087"), 1),
                 QStringLiteral("G60000000086#0/G60000000087#1"));
        QString parent;
        QString group;
        int index = -1;
        QVERIFY(FormAnswers::splitPath(QStringLiteral("G1#0/G2#13"), &parent, &group, &index));
        QCOMPARE(parent, QStringLiteral("G1#0"));
        QCOMPARE(group, QStringLiteral("G2"));
        QCOMPARE(index, 13);
        QVERIFY(FormAnswers::splitPath(QStringLiteral("G1#2"), &parent, &group, &index));
        QVERIFY(parent.isEmpty());
        for (const char* bad : {"", "G1", "G1#", "#1", "G1#x", "G1#-1", "/G1#0"}) {
            QVERIFY2(!FormAnswers::splitPath(QString::fromLatin1(bad), &parent, &group, &index), bad);
        }
    }

    void valuesAndOccurrences()
    {
        FormAnswers answers;
        QVERIFY(answers.isEmpty());
        QVERIFY(answers.hasOccurrence({}));
        answers.setValue({}, QStringLiteral("F1"), QStringLiteral("a"));
        answers.setValue(QStringLiteral("G1#0/G2#0"), QStringLiteral("F2"), QStringLiteral("b"));
        QCOMPARE(answers.value({}, QStringLiteral("F1")), QStringLiteral("a"));
        QCOMPARE(answers.value(QStringLiteral("G1#0/G2#0"), QStringLiteral("F2")), QStringLiteral("b"));
        QVERIFY(answers.hasOccurrence(QStringLiteral("G1#0"))); // created with the nested one
        QCOMPARE(answers.occurrences({}, QStringLiteral("G1")), QStringList{QStringLiteral("G1#0")});
        QCOMPARE(answers.addOccurrence(QStringLiteral("G1#0"), QStringLiteral("G2")), QStringLiteral("G1#0/G2#1"));
        QCOMPARE(answers.occurrenceCount(QStringLiteral("G1#0"), QStringLiteral("G2")), 2);
        QCOMPARE(answers.answers(QStringLiteral("G1#0/G2#1")), bt::forms::Answers());

        answers.setValue({}, QStringLiteral("F1"), QString()); // empty: no answer
        QCOMPARE(answers.answers({}).size(), 0);
        QVERIFY(!answers.all().contains(QString())); // the root holds no empty entry
    }

    void removeRenumbersLaterOccurrences()
    {
        FormAnswers answers;
        for (int i = 0; i < 12; ++i) {
            const QString path = answers.addOccurrence({}, QStringLiteral("G"));
            answers.setValue(path, QStringLiteral("F"), QString::number(i));
            answers.setValue(path + QStringLiteral("/H#0"), QStringLiteral("X"), QStringLiteral("x%1").arg(i));
        }
        QVERIFY(answers.removeOccurrence({}, QStringLiteral("G"), 1));
        QVERIFY(!answers.removeOccurrence({}, QStringLiteral("G"), 11));
        QCOMPARE(answers.occurrenceCount({}, QStringLiteral("G")), 11);
        QCOMPARE(answers.value(QStringLiteral("G#0"), QStringLiteral("F")), QStringLiteral("0"));
        QCOMPARE(answers.value(QStringLiteral("G#1"), QStringLiteral("F")), QStringLiteral("2"));
        QCOMPARE(answers.value(QStringLiteral("G#10"), QStringLiteral("F")), QStringLiteral("11"));
        QCOMPARE(answers.value(QStringLiteral("G#1/H#0"), QStringLiteral("X")), QStringLiteral("x2"));
        QVERIFY(!answers.hasOccurrence(QStringLiteral("G#11")));
        QVERIFY(!answers.hasOccurrence(QStringLiteral("G#11/H#0")));
    }

    void orderIsByPathWithNumericIndexes()
    {
        FormAnswers answers;
        for (int i = 0; i < 11; ++i) {
            answers.addOccurrence({}, QStringLiteral("G"));
        }
        answers.setValue({}, QStringLiteral("F"), QStringLiteral("root"));
        answers.addOccurrence(QStringLiteral("G#2"), QStringLiteral("H"));
        QStringList order;
        for (const auto& [path, values] : answers.all()) {
            order.append(path);
        }
        QCOMPARE(order.mid(0, 5),
                 QStringList({QString(),
                              QStringLiteral("G#0"),
                              QStringLiteral("G#1"),
                              QStringLiteral("G#2"),
                              QStringLiteral("G#2/H#0")}));
        QCOMPARE(order.last(), QStringLiteral("G#10"));
    }

    void equality()
    {
        FormAnswers a;
        FormAnswers b;
        a.setValue(QStringLiteral("G#0"), QStringLiteral("F1"), QStringLiteral("1"));
        a.setValue(QStringLiteral("G#0"), QStringLiteral("F2"), QStringLiteral("2"));
        b.setValue(QStringLiteral("G#0"), QStringLiteral("F2"), QStringLiteral("2"));
        b.setValue(QStringLiteral("G#0"), QStringLiteral("F1"), QStringLiteral("1"));
        QVERIFY(a == b);
        b.addOccurrence({}, QStringLiteral("G")); // an empty occurrence is still an occurrence
        QVERIFY(!(a == b));
        a.setValue({}, QStringLiteral("R"), QStringLiteral("x"));
        a.setValue({}, QStringLiteral("R"), QString());
        b.removeOccurrence({}, QStringLiteral("G"), 1);
        QVERIFY(a == b);
    }

    void wipeForgetsEverything()
    {
        FormAnswers answers;
        answers.setValue(QStringLiteral("G#0"), QStringLiteral("F"), QStringLiteral("Zaphod Beeblebrox"));
        answers.setValue({}, QStringLiteral("F"), QStringLiteral("1970-01-01"));
        answers.wipe();
        QVERIFY(answers.isEmpty());
        QVERIFY(answers == FormAnswers());
    }
};

QTEST_GUILESS_MAIN(tst_FormAnswers)
#include "tst_FormAnswers.moc"
