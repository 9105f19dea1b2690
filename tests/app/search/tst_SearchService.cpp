#include "SearchFixture.h"
#include "SearchService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using bt::app::SearchOutcome;
using bt::app::SearchService;

class tst_SearchService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOnTheCallersThread()
    {
        QTemporaryDir dir;
        SearchService service;
        QSignalSpy ready(&service, &SearchService::ready);
        service.prepare(std::make_shared<bt::app::Catalog>(bt::test::shippedCatalog()),
                        dir.filePath(QStringLiteral("index.sqlite")),
                        bt::test::shippedPopularity());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(service.isReady());

        QThread* deliveredOn = nullptr;
        QString answeredQuery;
        SearchOutcome outcome;
        connect(&service, &SearchService::resultsReady, this, [&](const QString& query, const SearchOutcome& result) {
            deliveredOn = QThread::currentThread();
            answeredQuery = query;
            outcome = result;
        });
        service.search(QStringLiteral("Perso"));
        QTRY_VERIFY(deliveredOn != nullptr);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(answeredQuery, QStringLiteral("Perso"));
        QVERIFY(!outcome.hits.empty());
        QCOMPARE(outcome.hits.front().serviceKey, QStringLiteral("99008001012000"));
    }

    // What the last citizen typed does not stay in the answer cache for the next one.
    void wipeForgetsRecentQueries()
    {
        QTemporaryDir dir;
        SearchService service;
        QSignalSpy ready(&service, &SearchService::ready);
        service.prepare(std::make_shared<bt::app::Catalog>(bt::test::shippedCatalog()),
                        dir.filePath(QStringLiteral("index.sqlite")),
                        {});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QSignalSpy results(&service, &SearchService::resultsReady);
        QSignalSpy forgotten(&service, &SearchService::recentQueriesForgotten);
        service.search(QStringLiteral("Hundesteuer"));
        service.forgetRecentQueries();
        QTRY_COMPARE(forgotten.count(), 1);
        // The worker handled the query before it forgot, and its signals reach this thread in the
        // order it sent them: an answer to the query would have arrived before "forgotten".
        QVERIFY(results.isEmpty()); // a query still queued for the last citizen is not answered
    }

    void onlyTheLatestQueryIsAnswered()
    {
        QTemporaryDir dir;
        SearchService service;
        QSignalSpy ready(&service, &SearchService::ready);
        service.prepare(std::make_shared<bt::app::Catalog>(bt::test::shippedCatalog()),
                        dir.filePath(QStringLiteral("index.sqlite")),
                        {});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QSignalSpy results(&service, &SearchService::resultsReady);
        // Typed quickly: every keystroke is a query; the screen must end with the last one.
        const QString typed = QStringLiteral("Hundesteuer");
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            service.search(typed.left(length));
        }
        QTRY_VERIFY(!results.isEmpty() && results.last().first().toString() == typed);
        // Nothing older arrives afterwards.
        const qsizetype answered = results.count();
        service.search(QStringLiteral("Reisepass"));
        QTRY_VERIFY(results.count() > answered);
        QCOMPARE(results.last().first().toString(), QStringLiteral("Reisepass"));
        for (const QList<QVariant>& result : results) {
            QVERIFY(result.first().toString() == typed || result.first().toString() == QStringLiteral("Reisepass") ||
                    typed.startsWith(result.first().toString()));
        }
    }

    void aBrokenIndexLocationFails()
    {
        SearchService service;
        QSignalSpy failed(&service, &SearchService::failed);
        service.prepare(std::make_shared<bt::app::Catalog>(bt::test::shippedCatalog()),
                        QStringLiteral("/proc/not-writable/index.sqlite"),
                        {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(!service.isReady());
        // The failure crossed from the search thread whole: code and detail.
        const auto failure = failed.first().first().value<bt::app::Failure>();
        QCOMPARE(failure.code(), bt::app::Failure::Code::Search_IndexNotBuilt);
        QVERIFY2(failure.staffDetail().contains(QStringLiteral("/proc/not-writable")),
                 qPrintable(failure.staffDetail()));
        QSignalSpy results(&service, &SearchService::resultsReady);
        service.search(QStringLiteral("Perso")); // no index: no answer, no crash
        // A barrier behind the query: the worker takes its calls in order, so once a second attempt
        // has failed, the query was handled, as the latest one, and not answered.
        service.prepare(std::make_shared<bt::app::Catalog>(bt::test::shippedCatalog()),
                        QStringLiteral("/proc/not-writable/index.sqlite"),
                        {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
        QVERIFY(results.isEmpty());
        QVERIFY(!service.isReady());
    }

    void stopsWhileBusy()
    {
        QTemporaryDir dir;
        auto service = std::make_unique<SearchService>();
        service->prepare(std::make_shared<bt::app::Catalog>(bt::test::shippedCatalog()),
                         dir.filePath(QStringLiteral("index.sqlite")),
                         {});
        for (int i = 0; i < 50; ++i) {
            service->search(QStringLiteral("Hund"));
        }
        service.reset(); // must return promptly and cleanly (the destructor waits at most 5 s)
        // Its thread has ended and left no half-written or locked index behind: the next start opens
        // the index (building it, if the stop came before the build) and answers from it.
        bt::app::Failure failure;
        const std::unique_ptr<bt::app::SearchEngine> next = bt::app::SearchEngine::openFor(
            bt::test::shippedCatalog(), dir.filePath(QStringLiteral("index.sqlite")), {}, &failure);
        QVERIFY2(next, qPrintable(failure.staffDetail()));
        QVERIFY(!next->search(QStringLiteral("Hundesteuer"), 5).hits.empty());
    }
};

QTEST_GUILESS_MAIN(tst_SearchService)
#include "tst_SearchService.moc"
