#include "ResumeCode.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using bt::app::ResumeCode;

class tst_ResumeCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alphabetHasNoLookalikes()
    {
        const QByteArray alphabet(ResumeCode::alphabet);
        QCOMPARE(alphabet.size(), 31);
        for (const char lookalike : {'0', 'O', '1', 'I', 'L'}) {
            QVERIFY(!alphabet.contains(lookalike));
        }
    }

    void generatedCodesAreGroupedAndUniform()
    {
        static const QRegularExpression shape(
            QStringLiteral("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"));
        QHash<char, int> counts;
        QSet<QString> seen;
        constexpr int codes = 2000;
        for (int i = 0; i < codes; ++i) {
            const std::optional<ResumeCode> code = ResumeCode::generate();
            QVERIFY(code);
            const QString grouped = QString::fromLatin1(code->grouped().view());
            QVERIFY2(shape.match(grouped).hasMatch(), qPrintable(grouped));
            QCOMPARE(code->draftId(), grouped.left(4));
            QCOMPARE(code->secret().size(), qsizetype(12));
            seen.insert(grouped);
            for (const QChar c : grouped) {
                ++counts[c.toLatin1()];
            }
        }
        QCOMPARE(seen.size(), codes);
        // 32,000 characters, about 1,032 each: a skewed generator lands far outside.
        for (const char c : QByteArrayView(ResumeCode::alphabet)) {
            QVERIFY2(counts.value(c) > 850 && counts.value(c) < 1220,
                     qPrintable(QStringLiteral("%1: %2").arg(c).arg(counts.value(c))));
        }
    }

    void parseIsTolerant()
    {
        const std::optional<ResumeCode> code = ResumeCode::generate();
        QVERIFY(code);
        const QString grouped = QString::fromLatin1(code->grouped().view());
        for (const QString& typed :
             {grouped,
              grouped.toLower(),
              QString(grouped).remove(u'-'),
              QString(grouped).replace(u'-', u' '),
              QStringLiteral("  ") + QString(grouped).remove(u'-').insert(7, QStringLiteral("- -")).toLower() +
                  QStringLiteral("\t")}) {
            const std::optional<ResumeCode> parsed = ResumeCode::parse(typed);
            QVERIFY2(parsed, qPrintable(typed));
            QVERIFY(*parsed == *code);
        }
    }

    void parseRefusesWhatIsNoCode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("K7QM-X2PD-9RWT-H4N");
        QTest::newRow("too long") << QStringLiteral("K7QM-X2PD-9RWT-H4NCC");
        QTest::newRow("letter O") << QStringLiteral("K7QM-X2PD-9RWT-H4NO");
        QTest::newRow("digit 0") << QStringLiteral("K7QM-X2PD-9RWT-H4N0");
        QTest::newRow("digit 1") << QStringLiteral("K7QM-X2PD-9RWT-H4N1");
        QTest::newRow("letter l") << QStringLiteral("K7QM-X2PD-9RWT-H4Nl");
        QTest::newRow("umlaut") << QStringLiteral("K7QM-X2PD-9RWT-H4NÄ");
        QTest::newRow("other separator") << QStringLiteral("K7QM_X2PD_9RWT_H4NC");
    }

    void parseRefusesWhatIsNoCode()
    {
        QFETCH(QString, typed);
        QVERIFY(!ResumeCode::parse(typed));
    }
};

QTEST_GUILESS_MAIN(tst_ResumeCode)
#include "tst_ResumeCode.moc"
