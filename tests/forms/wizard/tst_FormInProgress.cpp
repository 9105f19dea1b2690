// The form one citizen fills, without a screen: opening, steps, a step's answers in and out, the
// answers from the ID card, the draft and back, the wipe.
#include "FormInProgress.h"
#include "SmallSchemas.h"

#include <QTest>

using bt::forms::FormInProgress;
using bt::forms::StepContent;

namespace {

// The small form opened, with `familyName` typed into its first step.
bool startWithName(FormInProgress& form, const QString& familyName)
{
    if (!form.start(bt::test::smallSchema(), QStringLiteral("klein"), nullptr)) {
        return false;
    }
    StepContent typed;
    typed.flat.insert(QStringLiteral("F_NAME"), familyName);
    form.storeStepContent(typed);
    return true;
}

} // namespace

class tst_FormInProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAtTheFirstStep()
    {
        FormInProgress form;
        QVERIFY(!form.isOpen());
        QVERIFY(!form.step());
        QString problem;
        QVERIFY2(form.start(bt::test::smallSchema(), QStringLiteral("klein"), &problem), qPrintable(problem));
        QVERIFY(form.isOpen());
        QCOMPARE(form.formId(), QStringLiteral("klein"));
        QCOMPARE(form.currentStep(), 0);
        QVERIFY(form.plan().size() > 1);
        QVERIFY(form.step());
        QVERIFY(form.resumedDraftId().isEmpty());
        QVERIFY(form.answers().isEmpty());
    }

    void aFormWithNothingToAskDoesNotOpen()
    {
        bt::forms::FormSchema empty;
        empty.id = QStringLiteral("S2");
        empty.index();
        FormInProgress form;
        QString problem;
        QVERIFY(!form.start(empty, QStringLiteral("leer"), &problem));
        QVERIFY(!form.isOpen());
        QVERIFY(problem.contains(QStringLiteral("nothing to ask")));
    }

    void movesOnlyToStepsThatExist()
    {
        FormInProgress form;
        QVERIFY(!form.goToStep(0)); // nothing open
        QVERIFY(form.start(bt::test::smallSchema(), QStringLiteral("klein"), nullptr));
        const int last = form.plan().size() - 1;
        QVERIFY(!form.isLastStep());
        QVERIFY(form.goToStep(last));
        QVERIFY(form.isLastStep());
        QVERIFY(!form.goToStep(last + 1));
        QVERIFY(!form.goToStep(-1));
        QCOMPARE(form.currentStep(), last);
    }

    void aStepsAnswersGoInAndComeBack()
    {
        FormInProgress form;
        QVERIFY(startWithName(form, QStringLiteral("Hannelore Quast")));
        QCOMPARE(form.stepContent().flat.value(QStringLiteral("F_NAME")), QStringLiteral("Hannelore Quast"));
        QVERIFY(form.goToStep(1));
        QVERIFY(!form.stepContent().flat.contains(QStringLiteral("F_NAME")));
        QVERIFY(form.goToStep(0));
        QCOMPARE(form.stepContent().flat.value(QStringLiteral("F_NAME")), QStringLiteral("Hannelore Quast"));
    }

    void theCardsAnswersReplaceTypedOnesAndAreLocked()
    {
        FormInProgress form;
        QVERIFY(startWithName(form, QStringLiteral("Tippfehler")));
        form.lockAnswers({{QString(), QStringLiteral("F_NAME"), QStringLiteral("Quast")}}, QStringLiteral("Ausweis"));
        QCOMPARE(form.answers().value(QString(), QStringLiteral("F_NAME")), QStringLiteral("Quast"));
        QCOMPARE(form.lockedFields().value(QStringLiteral("F_NAME")), QStringLiteral("Ausweis"));
        form.lockAnswers({}, QStringLiteral("Ausweis")); // a later identity without that field
        QVERIFY(form.lockedFields().isEmpty());
    }

    void aDraftResumesToTheSameAnswers()
    {
        FormInProgress form;
        QVERIFY(startWithName(form, QStringLiteral("Quast")));
        bt::forms::SubmissionError error;
        const std::optional<QByteArray> draft = form.toDraft(&error);
        QVERIFY2(draft, qPrintable(error.message));

        FormInProgress resumed;
        QString problem;
        QVERIFY2(
            resumed.resume(bt::test::smallSchema(), QStringLiteral("klein"), *draft, QStringLiteral("d1"), &problem),
            qPrintable(problem));
        QVERIFY(resumed.answers() == form.answers());
        QCOMPARE(resumed.resumedDraftId(), QStringLiteral("d1"));
        QCOMPARE(resumed.currentStep(), 0);
    }

    void aDraftThatNoLongerFitsOpensNothing()
    {
        FormInProgress form;
        QVERIFY(startWithName(form, QStringLiteral("Quast")));
        const std::optional<QByteArray> draft = form.toDraft(nullptr);
        QVERIFY(draft);

        FormInProgress other;
        QString problem;
        QVERIFY(
            !other.resume(bt::test::smallSchema(), QStringLiteral("anders"), *draft, QStringLiteral("d1"), &problem));
        QVERIFY(!other.isOpen());
        QVERIFY2(problem.contains(QStringLiteral("another form")), qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("Quast"))); // reasons are logged: nothing personal

        QVERIFY(!other.resume(bt::test::smallSchema(), QStringLiteral("klein"), "<kaputt", QString(), &problem));
        QVERIFY(!other.isOpen());
        QVERIFY(other.answers().isEmpty());
    }

    void theWipeClosesEverything()
    {
        FormInProgress form;
        QVERIFY(startWithName(form, QStringLiteral("Quast")));
        form.lockAnswers({{QString(), QStringLiteral("F_BORN"), QStringLiteral("1950-01-02")}}, QStringLiteral("x"));
        QVERIFY(form.goToStep(1));
        form.wipe();
        QVERIFY(!form.isOpen());
        QVERIFY(form.answers().isEmpty());
        QVERIFY(form.lockedFields().isEmpty());
        QVERIFY(form.formId().isEmpty());
        QCOMPARE(form.currentStep(), 0);
        QCOMPARE(form.plan().size(), 0);
        QVERIFY(!form.toDraft(nullptr));
    }
};

QTEST_GUILESS_MAIN(tst_FormInProgress)
#include "tst_FormInProgress.moc"
