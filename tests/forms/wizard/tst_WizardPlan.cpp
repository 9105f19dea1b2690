#include "CodeListRegistry.h"
#include "SchemaParser.h"
#include "WizardPlan.h"

#include <QSet>
#include <QTest>

#include <algorithm>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

std::optional<FormSchema> load(const QString& file)
{
    SchemaError error;
    const std::optional<CodeListRegistry> codeLists =
        CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
    if (!codeLists) {
        return std::nullopt;
    }
    return SchemaParser::load(file, &*codeLists, &error);
}

// Every field usage, with the path of group ids above it, in answering order.
QStringList fieldUsages(const Group& group, const QString& above = {})
{
    QStringList usages;
    for (const Member& member : group.members) {
        if (member.isField()) {
            usages.append(above + member.field->id);
        } else {
            usages += fieldUsages(*member.group, above + member.group->id + u'/');
        }
    }
    return usages;
}

} // namespace

class tst_WizardPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { btInitTerminalResources(); }

    void everyFieldInExactlyOneStepInOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("BlaueKarte (2.0)") << QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml");
        QTest::newRow("WaBeKa (1.x)") << QStringLiteral(BT_FIM_DATA "/v1/S00000036_WaBeKa.xml");
        QTest::newRow("simple (3.0.0)") << QStringLiteral(BT_FIM_DATA "/v3/flxbe_simple.xml");
    }

    void everyFieldInExactlyOneStepInOrder()
    {
        QFETCH(QString, file);
        const std::optional<FormSchema> schema = load(file);
        QVERIFY(schema);
        const WizardPlan plan = WizardPlan::of(*schema);
        QVERIFY(plan.size() > 0);
        QStringList planned;
        for (const WizardPlan::Step& step : plan.steps()) {
            QVERIFY(!step.title.isEmpty());
            // A step's members are read from the occurrence it names.
            QString prefix;
            for (const QString& occurrence : step.occurrencePath.split(u'/', Qt::SkipEmptyParts)) {
                prefix += occurrence.section(u'#', 0, 0) + u'/';
            }
            planned += fieldUsages(*step.group, prefix);
        }
        QCOMPARE(planned, fieldUsages(schema->root));
    }

    void longGroupsAreSplitBetweenMembers()
    {
        const std::optional<FormSchema> schema = load(QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml"));
        QVERIFY(schema);
        const WizardPlan plan = WizardPlan::of(*schema);
        bool split = false;
        for (const WizardPlan::Step& step : plan.steps()) {
            // Over the limit only where one member alone is that big (a nested group stays whole).
            if (step.questions > WizardPlan::maxQuestionsPerStep) {
                QCOMPARE(step.group->members.size(), std::size_t(1));
            }
            if (step.parts > 1) {
                split = true;
                QVERIFY(step.part >= 1 && step.part <= step.parts);
                QCOMPARE(schema->group(step.group->id)->id, step.group->id); // a part keeps the group's id
            }
        }
        QVERIFY(split); // "Persönliche Angaben zum Antragsteller" has 11 questions
        // The first group, "Angaben zur Person", is one step of its own.
        QCOMPARE(plan.steps().front().occurrencePath, QStringLiteral("G00000630#0"));
    }

    void repeatableTopLevelGroupsGetTheirOwnStep()
    {
        // A schema whose top level repeats a group 1 to 5 times (several dogs on one form).
        auto dog = std::make_shared<Group>();
        dog->id = QStringLiteral("G99000001");
        dog->label = QStringLiteral("Angaben zum Hund");
        auto name = std::make_shared<Field>();
        name->id = QStringLiteral("F99000001");
        dog->members.push_back(Member{Multiplicity{1, 1}, name, nullptr});
        auto keeper = std::make_shared<Field>();
        keeper->id = QStringLiteral("F99000002");
        FormSchema schema;
        schema.label = QStringLiteral("Hundesteuer");
        schema.root.members.push_back(Member{Multiplicity{1, 1}, keeper, nullptr});
        schema.root.members.push_back(Member{Multiplicity{1, 5}, nullptr, dog});
        const WizardPlan plan = WizardPlan::of(schema);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.steps()[0].title, QStringLiteral("Hundesteuer"));
        QCOMPARE(plan.steps()[0].occurrencePath, QString());
        QCOMPARE(plan.steps()[1].title, QStringLiteral("Angaben zum Hund"));
        QCOMPARE(plan.steps()[1].occurrencePath, QString()); // occurrences live under the top level
        QCOMPARE(plan.steps()[1].group->members.front().multiplicity, (Multiplicity{1, 5}));
    }

    void tooManyFieldsAreSplit()
    {
        auto group = std::make_shared<Group>();
        group->id = QStringLiteral("G99000002");
        group->label = QStringLiteral("Angaben zum Gewerbe");
        for (int index = 0; index < 20; ++index) {
            auto field = std::make_shared<Field>();
            field->id = QStringLiteral("F9900%1").arg(index, 4, 10, QLatin1Char('0'));
            group->members.push_back(Member{Multiplicity{1, 1}, field, nullptr});
        }
        FormSchema schema;
        schema.root.members.push_back(Member{Multiplicity{1, 1}, nullptr, group});
        const WizardPlan plan = WizardPlan::of(schema);
        QCOMPARE(plan.size(), 3); // 7 + 7 + 6: parts of about equal size
        QCOMPARE(plan.steps()[0].questions, 7);
        QCOMPARE(plan.steps()[2].questions, 6);
        QCOMPARE(plan.steps()[2].part, 3);
        QCOMPARE(plan.steps()[2].parts, 3);
        for (const WizardPlan::Step& step : plan.steps()) {
            QCOMPARE(step.occurrencePath, QStringLiteral("G99000002#0"));
        }
    }

    // A question and what its answer decides stay on one screen, even if that makes a part longer:
    // 12 fields, F…05 decides whether F…08 is asked (7 + 5 would cut between them).
    void aRuleKeepsItsFieldsOnOneStep()
    {
        auto group = std::make_shared<Group>();
        group->id = QStringLiteral("G99000030");
        for (int index = 0; index < 12; ++index) {
            auto field = std::make_shared<Field>();
            field->id = QStringLiteral("F990003%1").arg(index, 2, 10, QLatin1Char('0'));
            group->members.push_back(Member{Multiplicity{0, 1}, field, nullptr});
        }
        Rule rule;
        rule.condition = Condition{Condition::Kind::VisibleIf,
                                   {QStringLiteral("F99000308")},
                                   QStringLiteral("F99000305"),
                                   QStringLiteral("true"),
                                   {},
                                   {}};
        group->rules.push_back(rule);
        FormSchema schema;
        schema.root.members.push_back(Member{Multiplicity{1, 1}, nullptr, group});
        const WizardPlan plan = WizardPlan::of(schema);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.steps()[0].questions, 9); // cut after F…08, not after F…06
        const auto ids = [](const WizardPlan::Step& step) {
            QStringList list;
            for (const Member& member : step.group->members) {
                list << member.id();
            }
            return list;
        };
        QVERIFY(ids(plan.steps()[0]).contains(QStringLiteral("F99000305")));
        QVERIFY(ids(plan.steps()[0]).contains(QStringLiteral("F99000308")));

        // The shipped Führungszeugnis: "directly to an authority?" and the authority's address.
        const std::optional<FormSchema> shipped =
            load(QStringLiteral(":/forms/schemas/S99000004_Fuehrungszeugnis.xml"));
        QVERIFY(shipped);
        bool together = false;
        const WizardPlan shippedPlan = WizardPlan::of(*shipped);
        for (const WizardPlan::Step& step : shippedPlan.steps()) {
            const bool trigger = std::any_of(step.group->members.begin(),
                                             step.group->members.end(),
                                             [](const Member& m) { return m.id() == QLatin1String("F99000304"); });
            const bool address =
                std::any_of(step.group->members.begin(), step.group->members.end(), [](const Member& m) {
                    return !m.isField() && m.group->id == QLatin1String("G99000031"); // Empfangende Behörde
                });
            together = together || (trigger && address);
        }
        QVERIFY(together);
    }
};

QTEST_GUILESS_MAIN(tst_WizardPlan)
#include "tst_WizardPlan.moc"
