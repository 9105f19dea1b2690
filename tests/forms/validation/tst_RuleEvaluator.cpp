#include "CodeListRegistry.h"
#include "GroupValidator.h"
#include "RuleEvaluator.h"
#include "RuleRecognizer.h"
#include "SchemaParser.h"

#include <QTest>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

std::shared_ptr<const Field> field(const QString& id, DataType type)
{
    auto made = std::make_shared<Field>();
    made->id = id;
    made->type = type;
    return made;
}

Rule rule(const QString& id, const QString& text)
{
    Rule made;
    made.id = id;
    made.text = text;
    return made;
}

const QDate today(2026, 11, 25);

} // namespace

class tst_RuleEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("visible-if, BlaueKarte R00000254")
            << "\"F00001028 Krankenversicherungsträger\" ist nur dann zu befüllen, wenn \"F00001027 "
               "Krankenversicherung vorhanden\" bejaht wurde.\n"
            << true << int(Condition::Kind::VisibleIf) << QStringList{QStringLiteral("F00001028")}
            << QStringLiteral("F00001027");
        QTest::newRow("visible-if, several targets")
            << "\"F00001031 Staat\", \n\"F00001032 Entscheidung\", und \"F00001033 Ablehnung\" sind nur dann zu "
               "befüllen, wenn \"F00001030 Antrag gestellt\" bejaht wurde."
            << true << int(Condition::Kind::VisibleIf)
            << QStringList{QStringLiteral("F00001031"), QStringLiteral("F00001032"), QStringLiteral("F00001033")}
            << QStringLiteral("F00001030");
        QTest::newRow("required-if") << "\"F2 Grund\" ist zu befüllen, wenn \"F1 Sonstiges\" bejaht wurde." << true
                                     << int(Condition::Kind::RequiredIf) << QStringList{QStringLiteral("F2")}
                                     << QStringLiteral("F1");
        QTest::newRow("one-of") << "Es muss entweder Feldgruppe G60000086 \"Straße\" oder Feldgruppe G60000087 "
                                   "\"Postfach\" befüllt werden."
                                << true << int(Condition::Kind::OneOf)
                                << QStringList{QStringLiteral("G60000086"), QStringLiteral("G60000087")} << QString();
        QTest::newRow("date not in the future")
            << "Das Geburtsdatum F3 darf nicht in der Zukunft liegen." << true << int(Condition::Kind::DateRange)
            << QStringList{QStringLiteral("F3")} << QString();
        QTest::newRow("script only") << "" << false << 0 << QStringList() << QString();
        QTest::newRow("other wording") << "Mindestens eine Angabe ist erforderlich." << false << 0 << QStringList()
                                       << QString();
        QTest::newRow("condition on another answer")
            << "\"F2\" ist nur dann zu befüllen, wenn \"F1\" mit \"Sonstiges\" beantwortet wurde." << false << 0
            << QStringList() << QString();
    }

    void recognizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, supported);
        QFETCH(int, kind);
        QFETCH(QStringList, targets);
        QFETCH(QString, trigger);
        Rule made = rule(QStringLiteral("R1"), text);
        recognizeRule(made, nullptr, QString());
        QCOMPARE(made.isSupported(), supported);
        if (made.condition) {
            QCOMPARE(int(made.condition->kind), kind);
            QCOMPARE(made.condition->targets, targets);
            QCOMPARE(made.condition->trigger, trigger);
        }
    }

    // BlaueKarte's three rules all say "only if … answered yes"; the evaluator hides and shows.
    void blaueKarteRules()
    {
        btInitTerminalResources();
        SchemaError error;
        const std::optional<CodeListRegistry> codeLists =
            CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        const std::optional<FormSchema> schema =
            SchemaParser::load(QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml"), &*codeLists, &error);
        QVERIFY2(schema, qPrintable(error.toString()));
        const Group* owner = nullptr;
        for (const auto& group : schema->groupsById()) {
            for (const Rule& r : group->rules) {
                if (r.id == u"R00000254") {
                    owner = group.get();
                }
            }
        }
        QVERIFY(owner);
        const RuleEvaluator rules(*owner, today);
        QVERIFY(!rules.isVisible(QStringLiteral("F00001028"), {}));
        QVERIFY(
            !rules.isVisible(QStringLiteral("F00001028"), {{QStringLiteral("F00001027"), QStringLiteral("false")}}));
        QVERIFY(rules.isVisible(QStringLiteral("F00001028"), {{QStringLiteral("F00001027"), QStringLiteral("true")}}));
        QVERIFY(rules.isVisible(QStringLiteral("F00001027"), {}));
        for (const Rule* r : schema->rules()) {
            QVERIFY2(r->condition && r->condition->kind == Condition::Kind::VisibleIf, qPrintable(r->id));
            QCOMPARE(r->condition->triggerValue, QStringLiteral("true"));
            // Every field a rule names is in the schema.
            QVERIFY(schema->field(r->condition->trigger));
            for (const QString& target : r->condition->targets) {
                QVERIFY2(schema->field(target), qPrintable(target));
            }
        }
    }

    void oneOfInV3Message()
    {
        SchemaError error;
        const std::optional<FormSchema> schema =
            SchemaParser::load(QStringLiteral(BT_FIM_DATA "/v3/flxbe_simple.xml"), nullptr, &error);
        QVERIFY(schema);
        const Group& outer = *schema->group(QStringLiteral("G60000000088"));
        const Condition& condition = *outer.rules.at(0).condition;
        QCOMPARE(condition.kind, Condition::Kind::OneOf);
        // The rule text names the group by its older short id.
        QCOMPARE(condition.targets.front(), QStringLiteral("G60000000086"));
        const RuleEvaluator rules(outer, today);
        QCOMPARE(rules.violations({}).size(), std::size_t(1));
        QVERIFY(rules.violations({{QStringLiteral("F60000000243"), QStringLiteral("Hauptstraße")}}).empty());
    }

    void groupValidation()
    {
        Group group;
        group.id = QStringLiteral("G1");
        group.members.push_back({Multiplicity{1, 1}, field(QStringLiteral("F1"), DataType::Bool), nullptr});
        group.members.push_back({Multiplicity{1, 1}, field(QStringLiteral("F2"), DataType::Text), nullptr});
        group.members.push_back({Multiplicity{0, 1}, field(QStringLiteral("F3"), DataType::Date), nullptr});
        group.members.push_back({Multiplicity{0, 1}, field(QStringLiteral("F4"), DataType::Date), nullptr});
        group.members.push_back({Multiplicity{0, 1}, field(QStringLiteral("F5"), DataType::Text), nullptr});
        group.rules = {
            rule(QStringLiteral("R1"), QStringLiteral("„F2“ ist nur dann zu befüllen, wenn „F1“ bejaht wurde.")),
            rule(QStringLiteral("R2"), QStringLiteral("F3 darf nicht in der Zukunft liegen.")),
            rule(QStringLiteral("R3"), QStringLiteral("F4 darf nicht vor F3 liegen.")),
            rule(QStringLiteral("R4"), QStringLiteral("F5 ist zu befüllen, wenn F1 verneint wurde."))};
        for (Rule& r : group.rules) {
            recognizeRule(r, &group, QString());
            QVERIFY2(r.isSupported(), qPrintable(r.id));
        }
        const auto problems = [&](const Answers& answers) {
            QStringList found;
            for (const GroupValidator::Problem& problem : GroupValidator::validate(group, answers, today)) {
                found.append(problem.memberId + u' ' + problem.message);
            }
            return found;
        };
        // F2 is hidden until F1 is yes; F5 is required when F1 is no.
        QCOMPARE(problems({{QStringLiteral("F1"), QStringLiteral("true")}}),
                 QStringList{QStringLiteral("F2 Please fill in this field.")});
        QCOMPARE(problems({{QStringLiteral("F1"), QStringLiteral("false")}}),
                 QStringList{QStringLiteral("F5 Please fill in this field.")});
        QCOMPARE(
            problems({{QStringLiteral("F1"), QStringLiteral("true")}, {QStringLiteral("F2"), QStringLiteral("x")}}),
            QStringList());
        QCOMPARE(problems({{QStringLiteral("F1"), QStringLiteral("true")},
                           {QStringLiteral("F2"), QStringLiteral("x")},
                           {QStringLiteral("F3"), QStringLiteral("26.11.2026")},
                           {QStringLiteral("F4"), QStringLiteral("01.01.2026")}}),
                 (QStringList{QStringLiteral("F3 The date must not be in the future."),
                              QStringLiteral("F4 The date must not be before 26.11.2026.")}));
        QCOMPARE(problems({}), QStringList{QStringLiteral("F1 Please fill in this field.")});
    }
};

QTEST_GUILESS_MAIN(tst_RuleEvaluator)
#include "tst_RuleEvaluator.moc"
