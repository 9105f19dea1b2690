#include "SearchEngine.h"
#include "SearchFixture.h"
#include "SearchIndexBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using bt::app::SearchEngine;
using bt::app::SearchIndexBuilder;
using bt::app::SearchOutcome;

namespace {

QStringList keys(const SearchOutcome& outcome, int count = 3)
{
    QStringList result;
    for (const bt::app::SearchHit& hit : outcome.hits) {
        if (result.size() < count) {
            result.append(hit.serviceKey);
        }
    }
    return result;
}

} // namespace

class tst_SearchEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_index;
    SearchEngine m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_index = m_dir.filePath(QStringLiteral("index.sqlite"));
        bt::app::Failure failure;
        bool rebuilt = false;
        QVERIFY2(SearchIndexBuilder::ensure(
                     m_index, bt::test::shippedCatalog(), bt::test::shippedPopularity(), &failure, &rebuilt),
                 qPrintable(failure.staffDetail()));
        QVERIFY(rebuilt);
        QVERIFY2(m_engine.open(m_index, &failure), qPrintable(failure.staffDetail()));
    }

    void findsTheRightService_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("official name") << QStringLiteral("Anmeldung eines Hundes zur Hundesteuer")
                                       << QStringLiteral("99102013104000");
        QTest::newRow("colloquial synonym") << QStringLiteral("Perso") << QStringLiteral("99008001012000");
        QTest::newRow("synonym with umlaut")
            << QStringLiteral("Knöllchen") << QStringLiteral("local:verwarnungsgeld-bussgeld-bezahlen");
        QTest::newRow("folded umlaut typed as ue")
            << QStringLiteral("fuehrungszeugnis") << QStringLiteral("99049001001000");
        QTest::newRow("umlaut typed without dots")
            << QStringLiteral("Fuhrungszeugnis") << QStringLiteral("99049001001000");
        QTest::newRow("prefix while typing") << QStringLiteral("hundest") << QStringLiteral("99102013104000");
        QTest::newRow("one typo") << QStringLiteral("reisepas") << QStringLiteral("99085001012000");
        QTest::newRow("two typos in a long word")
            << QStringLiteral("fuerungszeugnis") << QStringLiteral("99049001001000");
        QTest::newRow("compound to parts") << QStringLiteral("Steuer für den Hund") << QStringLiteral("99102013104000");
        QTest::newRow("parts to compound")
            << QStringLiteral("Hundesteuer anmelden") << QStringLiteral("99102013104000");
        QTest::newRow("longer compound") << QStringLiteral("Anwohnerparkausweis") << QStringLiteral("99108001001000");
        QTest::newRow("part of a compound") << QStringLiteral("Parkausweis") << QStringLiteral("99108001001000");
        QTest::newRow("English") << QStringLiteral("register my address") << QStringLiteral("99115005104000");
        QTest::newRow("filler words") << QStringLiteral("ich möchte bitte meinen Hund anmelden")
                                      << QStringLiteral("99102013104000");
        QTest::newRow("sentence with one useful word")
            << QStringLiteral("wo bekomme ich einen Reisepass") << QStringLiteral("99085001012000");
    }

    void findsTheRightService()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList top = keys(m_engine.search(query, 10));
        QVERIFY2(top.contains(expected), qPrintable(query + QStringLiteral(" → ") + top.join(QStringLiteral(", "))));
    }

    void recentAnswersAreKeptUntilForgotten()
    {
        m_engine.forgetRecentQueries();
        const SearchOutcome first = m_engine.search(QStringLiteral("Hundest"));
        QVERIFY(m_engine.recentQueryCount() > 0);
        QCOMPARE(keys(m_engine.search(QStringLiteral("Hundest"))), keys(first)); // the kept answer is the same
        m_engine.forgetRecentQueries();
        QCOMPARE(m_engine.recentQueryCount(), 0);
        QCOMPARE(keys(m_engine.search(QStringLiteral("Hundest"))), keys(first));
    }

    void nameRanksAboveDescription()
    {
        // "Reisepass" is the name of one service and mentioned in the descriptions of others.
        QCOMPARE(keys(m_engine.search(QStringLiteral("Reisepass")), 1).value(0), QStringLiteral("99085001012000"));
    }

    void typosOfferACorrection()
    {
        const SearchOutcome outcome = m_engine.search(QStringLiteral("Riesepass beantragen"));
        QVERIFY(!outcome.didYouMean.isEmpty());
        QVERIFY2(outcome.didYouMean.startsWith(QStringLiteral("Reisepass")), qPrintable(outcome.didYouMean));
    }

    void nothingFoundStillOffersThemenfelder()
    {
        const SearchOutcome outcome = m_engine.search(QStringLiteral("xylophonunterricht qwertz"));
        QVERIFY(outcome.hits.empty());
        QVERIFY(!outcome.themenfelder.isEmpty());
        for (const QString& themenfeld : outcome.themenfelder) {
            QVERIFY(bt::test::shippedTaxonomy().find(themenfeld));
        }
    }

    void emptyAndOddQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("punctuation") << QStringLiteral("\"*()-:^");
        QTest::newRow("FTS syntax words") << QStringLiteral("AND OR NOT NEAR");
        QTest::newRow("quotes") << QStringLiteral("\"hund\" OR \"katze\"");
        QTest::newRow("very long") << QStringLiteral("a").repeated(5000);
        QTest::newRow("one letter") << QStringLiteral("h");
        QTest::newRow("arabic") << QStringLiteral("جواز سفر");
    }

    void emptyAndOddQueries()
    {
        QFETCH(QString, query);
        const SearchOutcome outcome = m_engine.search(query); // must not throw, crash or log an SQL error
        QVERIFY(outcome.hits.size() <= 20);
    }

    void indexIsBuiltOnlyWhenTheCatalogChanges()
    {
        bt::app::Failure failure;
        bool rebuilt = true;
        const QDateTime before = QFileInfo(m_index).lastModified();
        QVERIFY2(SearchIndexBuilder::ensure(
                     m_index, bt::test::shippedCatalog(), bt::test::shippedPopularity(), &failure, &rebuilt),
                 qPrintable(failure.staffDetail()));
        QVERIFY(!rebuilt);
        QCOMPARE(QFileInfo(m_index).lastModified(), before);
        // Another popularity list is another index.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(QFile::copy(m_index, other));
        QVERIFY(SearchIndexBuilder::ensure(
            other, bt::test::shippedCatalog(), {QStringLiteral("local:bootsliegeplatz")}, &failure, &rebuilt));
        QVERIFY(rebuilt);
        QVERIFY(!QFile::exists(other + QStringLiteral(".new")));
    }

    void aBrokenIndexFileIsReplaced()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite database");
        file.close();
        SearchEngine engine;
        bt::app::Failure failure;
        QVERIFY(!engine.open(broken, &failure));
        QVERIFY2(failure.staffDetail().contains(broken), qPrintable(failure.staffDetail()));
        QCOMPARE(failure.code(), bt::app::Failure::Code::Search_IndexUnavailable);
        bool rebuilt = false;
        QVERIFY2(SearchIndexBuilder::ensure(broken, bt::test::shippedCatalog(), {}, &failure, &rebuilt),
                 qPrintable(failure.staffDetail()));
        QVERIFY(rebuilt);
        SearchEngine repaired;
        QVERIFY2(repaired.open(broken, &failure), qPrintable(failure.staffDetail()));
        QVERIFY(!repaired.search(QStringLiteral("Perso")).hits.empty());
    }
};

QTEST_GUILESS_MAIN(tst_SearchEngine)
#include "tst_SearchEngine.moc"
