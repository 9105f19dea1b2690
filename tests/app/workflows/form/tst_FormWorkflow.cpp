// Filling a form as a workflow over the context, without the screen: "Weiter" moves on only from
// a complete step, checked against the clock's today; what is missing comes back as problems the
// screen can show, and nothing typed is lost on the way.
#include "FormContext.h"

#include <QSignalSpy>
#include <QTest>

using bt::app::JourneyStep;
using bt::forms::StepProblem;

namespace {

struct Context : bt::test::FormContext
{
    Context() { intoSperrmuell(); }

    // The first step ("Auftraggebende Person") as a citizen completes it.
    static bt::forms::StepContent completePerson()
    {
        bt::forms::StepContent content;
        content.flat = {{QStringLiteral("F99000001"), QStringLiteral("Quast")},
                        {QStringLiteral("F99000002"), QStringLiteral("Hanne")},
                        {QStringLiteral("F99000008"), QStringLiteral("Am Markt 1")},
                        {QStringLiteral("F99000009"), QStringLiteral("12345")},
                        {QStringLiteral("F99000010"), QStringLiteral("Musterstadt")},
                        {QStringLiteral("F99000012"), QStringLiteral("hanne@example.org")}};
        return content;
    }
};

QStringList placesOf(const QList<QVariant>& signal)
{
    QStringList places;
    for (const StepProblem& problem : signal.at(0).value<std::vector<StepProblem>>()) {
        places << problem.memberId;
    }
    return places;
}

} // namespace

class tst_FormWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextStaysOnAnIncompleteStepAndSaysWhatIsMissing()
    {
        Context context;
        QSignalSpy incomplete(&context.form, &bt::app::FormWorkflow::stepIncomplete);
        QSignalSpy changed(&context.form, &bt::app::FormWorkflow::stepChanged);
        bt::forms::StepContent typed = Context::completePerson();
        typed.flat.remove(QStringLiteral("F99000010"));                         // no town
        typed.flat.insert(QStringLiteral("F99000009"), QStringLiteral("1234")); // a digit short

        context.form.next(typed);

        QCOMPARE(incomplete.size(), 1);
        QCOMPARE(placesOf(incomplete.first()), QStringList({QStringLiteral("F99000009"), QStringLiteral("F99000010")}));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(context.session.form().currentStep(), 0);
        QCOMPARE(context.journey.step(), JourneyStep::Form);
        // What was typed is kept, wrong or not: the citizen mends it, nothing is typed twice.
        QCOMPARE(context.session.form().stepContent().flat.value(QStringLiteral("F99000009")), QStringLiteral("1234"));
        QCOMPARE(context.session.form().stepContent().flat.value(QStringLiteral("F99000001")), QStringLiteral("Quast"));
    }

    void aRuleOfTheFormIsCheckedToo()
    {
        Context context;
        QSignalSpy incomplete(&context.form, &bt::app::FormWorkflow::stepIncomplete);
        bt::forms::StepContent typed = Context::completePerson();
        typed.flat.remove(QStringLiteral("F99000012")); // neither phone nor e-mail (R99000501)
        context.form.next(typed);
        QCOMPARE(incomplete.size(), 1);
        QVERIFY(!placesOf(incomplete.first()).isEmpty());
        QCOMPARE(context.session.form().currentStep(), 0);
    }

    void nextMovesOnFromACompleteStep()
    {
        Context context;
        QSignalSpy incomplete(&context.form, &bt::app::FormWorkflow::stepIncomplete);
        QSignalSpy changed(&context.form, &bt::app::FormWorkflow::stepChanged);
        context.form.next(Context::completePerson());
        QCOMPARE(incomplete.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(context.session.form().currentStep(), 1);
    }

    // "Not in the past" is measured against the terminal's clock, not the machine's.
    void todayComesFromTheClock()
    {
        Context context;
        context.form.next(Context::completePerson());
        QCOMPARE(context.session.form().currentStep(), 1);
        const QString pickUp = QStringLiteral("F99000505");
        bt::forms::StepContent typed = context.session.form().stepContent();
        typed.flat.insert(pickUp, QStringLiteral("2031-03-10"));
        QSignalSpy incomplete(&context.form, &bt::app::FormWorkflow::stepIncomplete);

        context.clock.setCurrentDateTimeUtc(QDateTime(QDate(2031, 3, 11), QTime(9, 0), Qt::UTC));
        context.form.next(typed);
        QCOMPARE(incomplete.size(), 1);
        QVERIFY2(placesOf(incomplete.first()).contains(pickUp), "the day before today is in the past");

        context.clock.setCurrentDateTimeUtc(QDateTime(QDate(2031, 3, 9), QTime(9, 0), Qt::UTC));
        context.form.next(typed);
        if (incomplete.size() > 1) {
            QVERIFY2(!placesOf(incomplete.last()).contains(pickUp), "the day after today is not");
        }
    }

    // "Zurück" keeps an incomplete step as it is, without a word about what is missing.
    void previousKeepsWhatWasTypedUnchecked()
    {
        Context context;
        context.form.next(Context::completePerson());
        QSignalSpy incomplete(&context.form, &bt::app::FormWorkflow::stepIncomplete);
        bt::forms::StepContent typed = context.session.form().stepContent();
        typed.flat.insert(QStringLiteral("F99000505"), QStringLiteral("2031-03-10"));
        context.form.previous(typed);
        QCOMPARE(incomplete.size(), 0);
        QCOMPARE(context.session.form().currentStep(), 0);
        context.session.form().goToStep(1);
        QCOMPARE(context.session.form().stepContent().flat.value(QStringLiteral("F99000505")),
                 QStringLiteral("2031-03-10"));
    }
};

QTEST_MAIN(tst_FormWorkflow)
#include "tst_FormWorkflow.moc"
