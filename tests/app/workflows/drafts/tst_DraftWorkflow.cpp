// "Später fortsetzen" and "Antrag fortsetzen" as a workflow over the context, with the real
// drafts store on its thread: the code reaches the context only for the citizen who asked, a
// code opens its form again, and the states refuse what does not fit them (logged by name).
#include "DraftService.h"
#include "DraftWorkflow.h"
#include "FormContext.h"
#include "JourneyController.h"
#include "ResumeCode.h"
#include "SecureBytes.h"
#include "StepAnswers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using bt::app::DraftWorkflow;
using bt::app::JourneyStep;

namespace {

const QString sperrmuell = bt::test::FormContext::sperrmuellService;

struct Context : bt::test::FormContext
{
    Context()
        : drafts(controller, form, catalog, clock)
        , store(bt::app::DraftSettings{folder.filePath(QStringLiteral("drafts.sqlite")), 30, {}}, clock)
    {
        QSignalSpy ready(&store, &bt::app::DraftService::ready);
        if (!ready.wait(10000)) {
            qFatal("the drafts store did not open");
        }
        drafts.setStore(&store, 30);
    }

    bt::forms::StepContent typed(const QString& familyName) const
    {
        bt::forms::StepContent content = session.form().stepContent();
        content.flat.insert(QStringLiteral("F99000001"), familyName);
        return content;
    }

    DraftWorkflow drafts;
    QTemporaryDir folder;
    bt::app::DraftService store;
};

} // namespace

class tst_DraftWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCodeGoesIntoTheContextAndLeavesWithTheScreen()
    {
        Context context;
        context.intoSperrmuell();
        QSignalSpy codeReady(&context.drafts, &DraftWorkflow::codeReady);
        QVERIFY(context.form.saveForLater(context.typed(QStringLiteral("Quast"))));
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::Sealing);
        QVERIFY(codeReady.wait(10000));
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::ShowingCode);
        QCOMPARE(context.session.draftCode().size(), 19); // four groups of four, three dashes
        QCOMPARE(context.session.draftKeptUntil(), context.clock.today().addDays(30));
        context.drafts.closeCode();
        QVERIFY(context.session.draftCode().isEmpty());
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::Idle);
    }

    void aCodeSealedAfterItsCitizenLeftReachesNobody()
    {
        Context context;
        context.intoSperrmuell();
        QSignalSpy codeReady(&context.drafts, &DraftWorkflow::codeReady);
        QSignalSpy sealed(&context.store, &bt::app::DraftService::saved);
        QVERIFY(context.form.saveForLater(context.typed(QStringLiteral("Quast"))));
        context.controller.timeOut(); // gone before the store answered
        // The next citizen is already in the same form.
        context.intoSperrmuell();
        QVERIFY(sealed.wait(10000));
        QCOMPARE(codeReady.size(), 0);
        QVERIFY(context.session.draftCode().isEmpty());
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::Idle);
    }

    void aCodeOpensTheFormWithItsAnswers()
    {
        Context context;
        context.intoSperrmuell();
        QSignalSpy codeReady(&context.drafts, &DraftWorkflow::codeReady);
        QVERIFY(context.form.saveForLater(context.typed(QStringLiteral("Quast"))));
        QVERIFY(codeReady.wait(10000));
        const QString code = context.session.draftCode();
        context.controller.finish();
        QVERIFY(context.session.form().answers().isEmpty());

        // Another day, not identified yet: the service page first, the answers wait in the context.
        context.controller.start(QStringLiteral("de"));
        context.controller.openResumeDraft();
        QSignalSpy opened(&context.store, &bt::app::DraftService::resumed);
        std::optional<bt::app::ResumeCode> typed = bt::app::ResumeCode::parse(code);
        QVERIFY(typed);
        context.drafts.enterCode(std::make_shared<const bt::app::ResumeCode>(std::move(*typed)));
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::CheckingCode);
        QVERIFY(opened.wait(10000));
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::Idle);
        QCOMPARE(context.controller.step(), JourneyStep::ServicePage);
        QCOMPARE(context.session.serviceKey(), sperrmuell);
        QCOMPARE(context.session.form().formId(), QStringLiteral("sperrmuell"));
        QVERIFY(!context.session.form().resumedDraftId().isEmpty());
        bool found = false;
        for (const auto& [path, answers] : context.session.form().answers().all()) {
            found = found || answers.value(QStringLiteral("F99000001")) == QStringLiteral("Quast");
        }
        QVERIFY(found);
    }

    void aSecondRequestWhileOneIsUnderwayIsRefusedByName()
    {
        Context context;
        context.intoSperrmuell();
        QVERIFY(context.form.saveForLater(context.typed(QStringLiteral("Quast"))));
        QTest::ignoreMessage(QtWarningMsg, "refused Sealing -> Sealing");
        QVERIFY(context.form.saveForLater(context.typed(QStringLiteral("Quast"))));
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::Sealing);
        QSignalSpy codeReady(&context.drafts, &DraftWorkflow::codeReady);
        QVERIFY(codeReady.wait(10000));
    }

    void withoutAWorkingStoreNothingIsOffered()
    {
        Context context;
        QSignalSpy availability(&context.drafts, &DraftWorkflow::availabilityChanged);
        QVERIFY(context.drafts.isAvailable());
        context.drafts.setStore(nullptr, 0);
        QVERIFY(!context.drafts.isAvailable());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().first().toBool(), false);
        context.intoSperrmuell();
        QVERIFY(context.form.saveForLater(context.typed(QStringLiteral("Quast"))));
        QCOMPARE(context.drafts.state(), DraftWorkflow::State::Idle);
    }
};

QTEST_GUILESS_MAIN(tst_DraftWorkflow)
#include "tst_DraftWorkflow.moc"
