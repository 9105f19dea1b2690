#include "CodeListRegistry.h"
#include "SchemaParser.h"

#include <QTest>

void btInitTerminalResources();

using namespace bt::forms;

// The model as a wizard walks it: groups in order, nested, repeatable, fields by id.
class tst_FormSchema : public QObject
{
    Q_OBJECT

private:
    std::optional<FormSchema> m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        SchemaError error;
        const std::optional<CodeListRegistry> codeLists =
            CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY(codeLists);
        m_schema = SchemaParser::load(QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml"), &*codeLists, &error);
        QVERIFY2(m_schema, qPrintable(error.toString()));
    }

    void topLevelInAnsweringOrder()
    {
        const std::vector<Member>& top = m_schema->root.members;
        QCOMPARE(top.size(), std::size_t(20));
        QVERIFY(top.front().group);
        QCOMPARE(top.front().group->id, QStringLiteral("G00000630"));
        QCOMPARE(top.front().multiplicity, (Multiplicity{1, 1}));
        // The first group's first question is the title, then the family name.
        QCOMPARE(top.front().group->members.at(0).id(), QStringLiteral("F00000043"));
        QCOMPARE(top.front().group->members.at(1).id(), QStringLiteral("F00000013"));
        QCOMPARE(top.front().group->members.at(0).multiplicity, (Multiplicity{0, 1}));
    }

    void visitGivesParents()
    {
        int deepest = 0;
        m_schema->visit([&](const FormSchema::Visit& visit) {
            deepest = std::max(deepest, static_cast<int>(visit.parents.size()));
            if (!visit.parents.empty()) {
                const Group& parent = *visit.parents.back();
                const bool isChild = std::any_of(
                    parent.members.begin(), parent.members.end(), [&](const Member& m) { return &m == &visit.member; });
                QVERIFY(isChild);
            }
        });
        QVERIFY(deepest >= 1);
    }

    void repeatableGroups()
    {
        int repeatable = 0;
        m_schema->visit([&](const FormSchema::Visit& visit) {
            if (visit.member.group && visit.member.multiplicity.isRepeatable()) {
                ++repeatable;
            }
        });
        QVERIFY(repeatable >= 1);
    }

    void reusedFieldsShareOneDefinition()
    {
        QHash<QString, int> usages;
        m_schema->visit([&](const FormSchema::Visit& visit) {
            if (visit.member.field) {
                ++usages[visit.member.field->id];
            }
        });
        QCOMPARE(usages.size(), 71);
        for (auto it = usages.begin(); it != usages.end(); ++it) {
            QVERIFY(m_schema->field(it.key()));
        }
        QVERIFY(!m_schema->field(QStringLiteral("F99999999")));
    }

    void copiesStayUsable()
    {
        const FormSchema copy = *m_schema;
        QCOMPARE(copy.field(QStringLiteral("F00000013")), m_schema->field(QStringLiteral("F00000013")));
        QCOMPARE(copy.rules().size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(tst_FormSchema)
#include "tst_FormSchema.moc"
