#include "SearchEngine.h"
#include "SearchFixture.h"
#include "SearchIndexBuilder.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <cstdio>

// Real queries of real people (colloquial, misspelled, compounds, English, Behördendeutsch):
// the expected service must be among the top three for at least 95 % of them.
class tst_SearchQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLeast95PercentInTheTopThree()
    {
        QTemporaryDir dir;
        const QString index = dir.filePath(QStringLiteral("index.sqlite"));
        bt::app::Failure failure;
        QVERIFY2(bt::app::SearchIndexBuilder::ensure(
                     index, bt::test::shippedCatalog(), bt::test::shippedPopularity(), &failure),
                 qPrintable(failure.staffDetail()));
        bt::app::SearchEngine engine;
        QVERIFY2(engine.open(index, &failure), qPrintable(failure.staffDetail()));

        QFile file(QStringLiteral(BT_QUALITY_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QMap<QString, std::pair<int, int>> byCategory; // passed, total
        QStringList misses;
        int passed = 0;
        int total = 0;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            const QString& query = fields[0];
            const QString& expected = fields[1];
            QVERIFY2(bt::test::shippedCatalog().find(expected),
                     qPrintable(expected + QStringLiteral(" is not in the catalog")));
            QStringList top;
            for (const bt::app::SearchHit& hit : engine.search(query, 3).hits) {
                top.append(hit.serviceKey);
            }
            const bool found = top.contains(expected);
            auto& [categoryPassed, categoryTotal] = byCategory[fields[2]];
            ++categoryTotal;
            ++total;
            if (found) {
                ++categoryPassed;
                ++passed;
            } else {
                misses.append(QStringLiteral("  %1 [%2]: expected %3, got %4")
                                  .arg(query, fields[2], expected, top.join(QStringLiteral(", "))));
            }
        }
        QVERIFY(total >= 100);
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
            std::printf("search quality %-11s %3d / %3d\n", qPrintable(it.key()), it.value().first, it.value().second);
        }
        const double percent = 100.0 * passed / total;
        std::printf(
            "search quality: %d of %d queries (%.1f %%) find their service in the top 3\n", passed, total, percent);
        std::printf("%s\n", qPrintable(misses.join(u'\n')));
        std::fflush(stdout);
        QVERIFY2(percent >= 95.0, qPrintable(QStringLiteral("only %1 %").arg(percent, 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(tst_SearchQuality)
#include "tst_SearchQuality.moc"
