#include "WizardPlan.h"

#include <algorithm>
#include <utility>

namespace bt::forms {

namespace {

QString titleOf(const Group& group)
{
    return group.label.isEmpty() ? group.name : group.label;
}

std::shared_ptr<const Group> partOf(const Group& group, std::vector<Member> members)
{
    auto part = std::make_shared<Group>(group);
    part->members = std::move(members);
    return part;
}

bool holds(const Member& member, const QString& id)
{
    if (member.id() == id) {
        return true;
    }
    if (member.isField()) {
        return false;
    }
    for (const Member& inner : member.group->members) {
        if (holds(inner, id)) {
            return true;
        }
    }
    return false;
}

// Where a long group may not be cut: a rule of the group decides about members by the answer to
// another one (shown if, required if, one of, a date not before another), and a citizen must see
// the deciding question and what it decides on the same screen, or the rule cannot work there.
// noCutBefore[k] is true when members k-1 and k must stay together.
std::vector<bool> rulesHoldTogether(const Group& group)
{
    std::vector<bool> noCutBefore(group.members.size(), false);
    const auto indexOf = [&group](const QString& id) -> int {
        for (std::size_t index = 0; index < group.members.size(); ++index) {
            if (holds(group.members[index], id)) {
                return static_cast<int>(index);
            }
        }
        return -1;
    };
    for (const Rule& rule : group.rules) {
        if (!rule.condition) {
            continue;
        }
        QStringList ids = rule.condition->targets;
        ids << rule.condition->trigger << rule.condition->notBefore << rule.condition->notAfter;
        int first = -1;
        int last = -1;
        for (const QString& id : std::as_const(ids)) {
            const int index = id.isEmpty() || id == QLatin1String(Condition::today) ? -1 : indexOf(id);
            if (index >= 0) {
                first = first < 0 ? index : std::min(first, index);
                last = std::max(last, index);
            }
        }
        for (int index = first + 1; first >= 0 && index <= last; ++index) {
            noCutBefore[static_cast<std::size_t>(index)] = true;
        }
    }
    return noCutBefore;
}

} // namespace

int WizardPlan::questionsIn(const Member& member)
{
    if (member.isField()) {
        return member.field->takesInput() ? 1 : 0;
    }
    int questions = 0;
    for (const Member& inner : member.group->members) {
        questions += questionsIn(inner);
    }
    return questions;
}

WizardPlan WizardPlan::of(const FormSchema& schema)
{
    WizardPlan plan;
    const QString schemaTitle = schema.label.isEmpty() ? schema.name : schema.label;
    std::vector<Member> topLevel; // consecutive top-level fields wait for the next group
    for (const Member& member : schema.root.members) {
        if (member.isField()) {
            topLevel.push_back(member);
            continue;
        }
        plan.addTopLevelStep(std::exchange(topLevel, {}), schemaTitle);
        if (member.multiplicity.isRepeatable()) {
            // Its occurrences are added and removed on the step of the top level that holds it.
            Step step;
            step.title = titleOf(*member.group);
            step.occurrencePath = QString();
            step.group = partOf(schema.root, {member});
            step.questions = questionsIn(member);
            plan.m_steps.push_back(step);
        } else {
            plan.addGroupSteps(member, QString());
        }
    }
    plan.addTopLevelStep(std::move(topLevel), schemaTitle);
    return plan;
}

void WizardPlan::addTopLevelStep(std::vector<Member> members, const QString& schemaTitle)
{
    if (members.empty()) {
        return;
    }
    Step step;
    step.title = schemaTitle;
    for (const Member& member : members) {
        step.questions += questionsIn(member);
    }
    auto group = std::make_shared<Group>();
    group->members = std::move(members);
    step.group = group;
    m_steps.push_back(step);
}

void WizardPlan::addGroupSteps(const Member& member, const QString& parentPath)
{
    const Group& group = *member.group;
    const QString path = (parentPath.isEmpty() ? QString() : parentPath + u'/') + group.id + QStringLiteral("#0");
    const int total = questionsIn(member);
    if (total <= maxQuestionsPerStep) {
        m_steps.push_back(Step{titleOf(group), path, member.group, 1, 1, total});
        return;
    }
    // Cut between members, into parts of about equal size (11 questions: 6 and 5, not 8 and 3).
    // A nested group too big for one screen gets steps of its own; otherwise no group is torn
    // apart and no field leaves its group.
    const int partsWanted = (total + maxQuestionsPerStep - 1) / maxQuestionsPerStep;
    const int target = (total + partsWanted - 1) / partsWanted;
    const std::size_t first = m_steps.size();
    std::vector<Member> part;
    int questions = 0;
    const auto flush = [&] {
        if (!part.empty()) {
            m_steps.push_back(Step{titleOf(group), path, partOf(group, std::exchange(part, {})), 1, 1, questions});
        }
        questions = 0;
    };
    const std::vector<bool> noCutBefore = rulesHoldTogether(group);
    for (std::size_t index = 0; index < group.members.size(); ++index) {
        const Member& inner = group.members[index];
        const int count = questionsIn(inner);
        if (!inner.isField() && !inner.multiplicity.isRepeatable() && count > maxQuestionsPerStep) {
            flush();
            addGroupSteps(inner, path);
            continue;
        }
        if (questions > 0 && questions + count > target && !noCutBefore[index]) {
            flush();
        }
        part.push_back(inner);
        questions += count;
    }
    flush();
    // Number the parts of this group (steps of nested groups in between have their own titles).
    std::vector<Step*> own;
    for (std::size_t index = first; index < m_steps.size(); ++index) {
        if (m_steps[index].occurrencePath == path) {
            own.push_back(&m_steps[index]);
        }
    }
    for (std::size_t index = 0; index < own.size(); ++index) {
        own[index]->part = static_cast<int>(index) + 1;
        own[index]->parts = static_cast<int>(own.size());
    }
}

} // namespace bt::forms
