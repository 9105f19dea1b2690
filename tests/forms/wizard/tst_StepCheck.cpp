// What makes a wizard step complete, as logic without a widget: the step's own fields, each
// occurrence of its repeated members (at least their minimum), the rules, and the documents
// that are shown at the counter instead.
#include "SmallSchemas.h"
#include "StepCheck.h"

#include <QTest>

using namespace bt::forms;
using bt::test::field;
using bt::test::member;

namespace {

const QDate today(2026, 11, 25);

std::shared_ptr<Group> group(const char* id, std::vector<Member> members)
{
    auto made = std::make_shared<Group>();
    made->id = QString::fromLatin1(id);
    made->members = std::move(members);
    return made;
}

// "memberId" for the step's own occurrence, "repeatedId[i]/memberId" for an occurrence; a problem
// without a message for the citizen is marked "(silent)".
QStringList placesOf(const std::vector<StepProblem>& problems)
{
    QStringList places;
    for (const StepProblem& problem : problems) {
        QString place =
            problem.repeatedId.isEmpty()
                ? problem.memberId
                : QStringLiteral("%1[%2]/%3").arg(problem.repeatedId).arg(problem.occurrence).arg(problem.memberId);
        if (problem.message.isEmpty()) {
            place += QStringLiteral(" (silent)");
        }
        places << place;
    }
    return places;
}

// A rule on `target` that holds while the yes/no field `trigger` is answered yes.
Rule whenYes(Condition::Kind kind, const char* target, const char* trigger)
{
    Rule rule;
    rule.id = QStringLiteral("R_") + QString::fromLatin1(target);
    rule.condition =
        Condition{kind, {QString::fromLatin1(target)}, QString::fromLatin1(trigger), QStringLiteral("true"), {}, {}};
    return rule;
}

// A step: a name, a document, an address with two to three lines, children 1:*, and a pet
// section shown only when F_PET is "true", with the pets' names 1:*.
Group step()
{
    auto address = group(
        "G_ADDR", {member(field("F_STREET", DataType::Text), "1:1"), member(field("F_LINE", DataType::Text), "2:3")});
    auto kid = group("G_KID", {member(field("F_KNAME", DataType::Text), "1:1")});
    auto pets = group("G_PETS", {member(field("F_PNAME", DataType::Text), "1:*")});
    Group made = *group("G_STEP",
                        {member(field("F_NAME", DataType::Text), "1:1"),
                         member(field("F_DOC", DataType::File), "1:1"),
                         member(field("F_PET", DataType::Bool), "1:1"),
                         member(std::shared_ptr<const Group>(address), "1:1"),
                         member(std::shared_ptr<const Group>(kid), "1:*"),
                         member(std::shared_ptr<const Group>(pets), "0:1")});
    made.rules.push_back(whenYes(Condition::Kind::VisibleIf, "G_PETS", "F_PET"));
    return made;
}

// Everything step() asks, answered; no pets.
StepContent completeStep()
{
    StepContent content;
    content.flat = {{QStringLiteral("F_NAME"), QStringLiteral("Quast")},
                    {QStringLiteral("F_PET"), QStringLiteral("false")},
                    {QStringLiteral("F_STREET"), QStringLiteral("Am Markt 1")}};
    content.repeated.insert(
        QStringLiteral("F_LINE"),
        {{{QStringLiteral("F_LINE"), QStringLiteral("a")}}, {{QStringLiteral("F_LINE"), QStringLiteral("b")}}});
    content.repeated.insert(QStringLiteral("G_KID"), {{{QStringLiteral("F_KNAME"), QStringLiteral("Ida")}}});
    return content;
}

} // namespace

class tst_StepCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOccurrenceUpToItsMinimumIsChecked()
    {
        StepContent content;
        content.flat = {{QStringLiteral("F_NAME"), QStringLiteral("Quast")},
                        {QStringLiteral("F_PET"), QStringLiteral("false")}};
        content.repeated.insert(QStringLiteral("F_LINE"), {{{QStringLiteral("F_LINE"), QStringLiteral("Hof 2")}}});
        content.repeated.insert(QStringLiteral("G_KID"),
                                {{{QStringLiteral("F_KNAME"), QStringLiteral("Ida")}}, Answers()});
        // The street is missing; the second line of the address was never given (two are the
        // minimum); the second child has no name. Not the document, not the hidden pets.
        QCOMPARE(
            placesOf(stepCheck::problems(step(), content, today)),
            QStringList(
                {QStringLiteral("F_STREET"), QStringLiteral("F_LINE[1]/F_LINE"), QStringLiteral("G_KID[1]/F_KNAME")}));
    }

    void aCompleteStepHasNoProblem()
    {
        const StepContent content = completeStep();
        QCOMPARE(placesOf(stepCheck::problems(step(), content, today)), QStringList());
    }

    // The repeated pets' names are asked for only while the rule shows their section.
    void aRepeatedMemberOfAHiddenSectionIsNotChecked()
    {
        StepContent content = completeStep();
        content.flat.insert(QStringLiteral("F_PET"), QStringLiteral("true"));
        QCOMPARE(placesOf(stepCheck::problems(step(), content, today)),
                 QStringList({QStringLiteral("F_PNAME[0]/F_PNAME")}));
        content.flat.insert(QStringLiteral("F_PET"), QStringLiteral("false"));
        QCOMPARE(placesOf(stepCheck::problems(step(), content, today)), QStringList());
    }

    // A rule that asks for a document does not stop the citizen either.
    void aRuleRequiringADocumentIsNotApplied()
    {
        Group made =
            *group("G_STEP", {member(field("F_OWN", DataType::Bool), "1:1"), member(field("F_DOC", DataType::File))});
        made.rules.push_back(whenYes(Condition::Kind::RequiredIf, "F_DOC", "F_OWN"));
        StepContent content;
        content.flat = {{QStringLiteral("F_OWN"), QStringLiteral("true")}};
        QCOMPARE(placesOf(stepCheck::problems(made, content, today)), QStringList());
    }

    // Leaving a field: its own message only, for the occurrence the field is in.
    void problemAtOneField()
    {
        const Group shown =
            *group("G_ONE", {member(field("F_A", DataType::Text), "1:1"), member(field("F_B", DataType::Date))});
        const Answers answers = {{QStringLiteral("F_B"), QStringLiteral("31.02.2020")}};
        QVERIFY(!stepCheck::problemAt(shown, answers, QStringLiteral("F_B"), today).isEmpty());
        QVERIFY(!stepCheck::problemAt(shown, answers, QStringLiteral("F_A"), today).isEmpty());
        QVERIFY(
            stepCheck::problemAt(shown, {{QStringLiteral("F_A"), QStringLiteral("x")}}, QStringLiteral("F_A"), today)
                .isEmpty());
    }

    void aRepeatedFieldShowsOneAnswerPerOccurrence()
    {
        const Member lines = member(field("F_LINE", DataType::Text), "2:5");
        const std::shared_ptr<const Group> shown = stepCheck::occurrenceGroup(lines);
        QCOMPARE(shown->id, QStringLiteral("F_LINE"));
        QCOMPARE(shown->members.size(), std::size_t(1));
        QCOMPARE(shown->members.front().multiplicity, (Multiplicity{1, 1}));
        QCOMPARE(
            stepCheck::occurrenceGroup(member(field("F_OPT", DataType::Text), "0:3"))->members.front().multiplicity,
            (Multiplicity{0, 1}));
    }
};

QTEST_APPLESS_MAIN(tst_StepCheck)
#include "tst_StepCheck.moc"
