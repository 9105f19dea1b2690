#include "StepAnswers.h"

#include <QTest>

using namespace bt::forms;

namespace {

std::shared_ptr<Field> field(const char* id)
{
    auto result = std::make_shared<Field>();
    result->id = QString::fromLatin1(id);
    return result;
}

// G1: F1, G2 (once: F2), G3 (0 to 3 times: F3)
std::shared_ptr<Group> stepGroup()
{
    auto nested = std::make_shared<Group>();
    nested->id = QStringLiteral("G2");
    nested->members.push_back(Member{Multiplicity{1, 1}, field("F2"), nullptr});
    auto repeated = std::make_shared<Group>();
    repeated->id = QStringLiteral("G3");
    repeated->members.push_back(Member{Multiplicity{1, 1}, field("F3"), nullptr});
    auto group = std::make_shared<Group>();
    group->id = QStringLiteral("G1");
    group->members.push_back(Member{Multiplicity{1, 1}, field("F1"), nullptr});
    group->members.push_back(Member{Multiplicity{1, 1}, nullptr, nested});
    group->members.push_back(Member{Multiplicity{0, 3}, nullptr, repeated});
    return group;
}

} // namespace

class tst_StepAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesEachOccurrenceAtItsPath()
    {
        StepContent content;
        content.flat = {{QStringLiteral("F1"), QStringLiteral("eins")}, {QStringLiteral("F2"), QStringLiteral("zwei")}};
        content.repeated.insert(
            QStringLiteral("G3"),
            {{{QStringLiteral("F3"), QStringLiteral("a")}}, {{QStringLiteral("F3"), QStringLiteral("b")}}});
        FormAnswers answers;
        stepAnswers::store(*stepGroup(), QStringLiteral("G1#0"), content, answers);
        QCOMPARE(answers.value(QStringLiteral("G1#0"), QStringLiteral("F1")), QStringLiteral("eins"));
        QCOMPARE(answers.value(QStringLiteral("G1#0/G2#0"), QStringLiteral("F2")), QStringLiteral("zwei"));
        QCOMPARE(answers.occurrences(QStringLiteral("G1#0"), QStringLiteral("G3")),
                 QStringList({QStringLiteral("G1#0/G3#0"), QStringLiteral("G1#0/G3#1")}));
        QCOMPARE(answers.value(QStringLiteral("G1#0/G3#1"), QStringLiteral("F3")), QStringLiteral("b"));

        const StepContent loaded = stepAnswers::load(*stepGroup(), QStringLiteral("G1#0"), answers);
        QCOMPARE(loaded.flat, content.flat);
        QCOMPARE(loaded.repeated.value(QStringLiteral("G3")), content.repeated.value(QStringLiteral("G3")));
    }

    // A field given 2 to 5 times (lines of an address): each value is an occurrence of its own,
    // an empty line included, and storing fewer lines drops the rest.
    void aRepeatedFieldKeepsEveryValue()
    {
        Group group;
        group.id = QStringLiteral("G4");
        group.members.push_back(Member{Multiplicity{2, 5}, field("F4"), nullptr});
        StepContent content;
        content.repeated.insert(QStringLiteral("F4"),
                                {{{QStringLiteral("F4"), QStringLiteral("Rua Augusta 1")}},
                                 {},
                                 {{QStringLiteral("F4"), QStringLiteral("Lisboa")}}});
        FormAnswers answers;
        stepAnswers::store(group, QStringLiteral("G4#0"), content, answers);
        QCOMPARE(answers.occurrenceCount(QStringLiteral("G4#0"), QStringLiteral("F4")), 3);
        QCOMPARE(answers.value(QStringLiteral("G4#0/F4#2"), QStringLiteral("F4")), QStringLiteral("Lisboa"));
        QVERIFY(answers.value(QStringLiteral("G4#0"), QStringLiteral("F4")).isEmpty());
        QCOMPARE(stepAnswers::load(group, QStringLiteral("G4#0"), answers).repeated.value(QStringLiteral("F4")),
                 content.repeated.value(QStringLiteral("F4")));

        content.repeated[QStringLiteral("F4")].pop_back();
        stepAnswers::store(group, QStringLiteral("G4#0"), content, answers);
        QCOMPARE(answers.occurrenceCount(QStringLiteral("G4#0"), QStringLiteral("F4")), 2);
    }

    void storingAgainReplacesWhatTheStepShows()
    {
        FormAnswers answers;
        answers.setValue(QStringLiteral("G9#0"), QStringLiteral("F9"), QStringLiteral("another step"));
        StepContent first;
        first.flat = {{QStringLiteral("F1"), QStringLiteral("eins")}};
        first.repeated.insert(
            QStringLiteral("G3"),
            {{{QStringLiteral("F3"), QStringLiteral("a")}}, {{QStringLiteral("F3"), QStringLiteral("b")}}});
        stepAnswers::store(*stepGroup(), QStringLiteral("G1#0"), first, answers);
        StepContent second; // the citizen cleared F1 and removed an occurrence
        second.repeated.insert(QStringLiteral("G3"), {{{QStringLiteral("F3"), QStringLiteral("b")}}});
        stepAnswers::store(*stepGroup(), QStringLiteral("G1#0"), second, answers);
        QVERIFY(answers.value(QStringLiteral("G1#0"), QStringLiteral("F1")).isEmpty());
        QCOMPARE(answers.occurrenceCount(QStringLiteral("G1#0"), QStringLiteral("G3")), 1);
        QCOMPARE(answers.value(QStringLiteral("G1#0/G3#0"), QStringLiteral("F3")), QStringLiteral("b"));
        QCOMPARE(answers.value(QStringLiteral("G9#0"), QStringLiteral("F9")), QStringLiteral("another step"));
    }
};

QTEST_GUILESS_MAIN(tst_StepAnswers)
#include "tst_StepAnswers.moc"
