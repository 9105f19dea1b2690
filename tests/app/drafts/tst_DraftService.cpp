#include "DraftService.h"
#include "ManualClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt::app;

class tst_DraftService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndResumeOffTheUiThread()
    {
        QTemporaryDir dir;
        bt::test::ManualClock clock;
        DraftService service(DraftSettings{dir.filePath(QStringLiteral("drafts.sqlite")), 30, KdfParameters{}}, clock);
        QSignalSpy ready(&service, &DraftService::ready);
        QSignalSpy purged(&service, &DraftService::purged);
        QVERIFY(ready.wait(10000));
        QCOMPARE(purged.size(), 1); // at start
        QCOMPARE(purged.at(0).at(0).toInt(), 0);

        QSignalSpy saved(&service, &DraftService::saved);
        service.save(QStringLiteral("99999:S1"),
                     QStringLiteral("99008001012000"),
                     std::make_shared<const bt::eid::SecureBytes>("<antrag/>"));
        QVERIFY(saved.wait(10000));
        const auto code = saved.at(0).at(0).value<std::shared_ptr<const ResumeCode>>();
        QVERIFY(code);

        QSignalSpy resumed(&service, &DraftService::resumed);
        service.resume(code);
        QVERIFY(resumed.wait(10000));
        const auto opening = resumed.at(0).at(0).value<std::shared_ptr<DraftOpening>>();
        QCOMPARE(opening->status, DraftOpening::Status::Opened);
        QCOMPARE(opening->answers.view().toByteArray(), QByteArray("<antrag/>"));

        service.remove(code->draftId());
        service.resume(code);
        QVERIFY(resumed.wait(10000));
        QCOMPARE(resumed.at(1).at(0).value<std::shared_ptr<DraftOpening>>()->status, DraftOpening::Status::NotFound);
    }

    // The time of each request is the service's clock: a draft is gone once keep_days have passed
    // on it, whatever the system's date.
    void theClockDecidesWhenADraftExpires()
    {
        QTemporaryDir dir;
        bt::test::ManualClock clock;
        DraftService service(
            DraftSettings{dir.filePath(QStringLiteral("drafts.sqlite")), 30, KdfParameters{1024, 8, 1}}, clock);
        QSignalSpy ready(&service, &DraftService::ready);
        QVERIFY(ready.wait(10000));
        QSignalSpy saved(&service, &DraftService::saved);
        service.save(QStringLiteral("f"), QStringLiteral("s"), std::make_shared<const bt::eid::SecureBytes>("a"));
        QVERIFY(saved.wait(10000));
        const auto code = saved.at(0).at(0).value<std::shared_ptr<const ResumeCode>>();
        QSignalSpy resumed(&service, &DraftService::resumed);
        clock.advance(std::chrono::hours(24 * 30) - std::chrono::seconds(1));
        service.resume(code);
        QVERIFY(resumed.wait(10000));
        QCOMPARE(resumed.at(0).at(0).value<std::shared_ptr<DraftOpening>>()->status, DraftOpening::Status::Opened);
        clock.advance(std::chrono::seconds(1));
        service.resume(code);
        QVERIFY(resumed.wait(10000));
        QCOMPARE(resumed.at(1).at(0).value<std::shared_ptr<DraftOpening>>()->status, DraftOpening::Status::Expired);
    }

    void unusableStoreSaysSo()
    {
        bt::test::ManualClock clock;
        DraftService service(DraftSettings{QStringLiteral("/proc/no-such-dir/drafts.sqlite"), 30, KdfParameters{}},
                             clock);
        QSignalSpy failed(&service, &DraftService::failed);
        QVERIFY(failed.wait(10000));
        const auto failure = failed.first().first().value<Failure>();
        QCOMPARE(failure.code(), Failure::Code::Draft_StoreUnavailable);
        QVERIFY2(failure.staffDetail().contains(QStringLiteral("/proc/no-such-dir")),
                 qPrintable(failure.staffDetail()));
        QSignalSpy saveFailed(&service, &DraftService::saveFailed);
        service.save(QStringLiteral("f"), {}, std::make_shared<const bt::eid::SecureBytes>("x"));
        QVERIFY(saveFailed.wait(10000));
        QCOMPARE(saveFailed.first().first().value<Failure>().code(), Failure::Code::Draft_StoreUnavailable);
    }
};

QTEST_GUILESS_MAIN(tst_DraftService)
#include "tst_DraftService.moc"
