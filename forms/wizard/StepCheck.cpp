#include "StepCheck.h"

#include "GroupValidator.h"
#include "RuleEvaluator.h"

#include <algorithm>

namespace bt::forms::stepCheck {

namespace {

// What an occurrence checks itself: repeated members are checked per occurrence, and file fields
// are not required (see the header).
std::shared_ptr<const Group> checkedPart(const Group& group)
{
    auto checked = std::make_shared<Group>(group);
    checked->members.clear();
    for (const Member& member : group.members) {
        if (member.multiplicity.isRepeatable()) {
            continue;
        }
        Member copy = member;
        if (member.field && member.field->type == DataType::File) {
            copy.multiplicity.min = 0;
        }
        if (member.group) {
            copy.group = checkedPart(*member.group);
        }
        checked->members.push_back(copy);
    }
    return checked;
}

bool isFileField(const Group& group, const QString& id)
{
    return std::any_of(group.members.begin(), group.members.end(), [&id](const Member& member) {
        if (member.field) {
            return member.field->id == id && member.field->type == DataType::File;
        }
        return isFileField(*member.group, id);
    });
}

std::vector<GroupValidator::Problem> occurrenceProblems(const Group& group, const Answers& answers, QDate today)
{
    std::vector<GroupValidator::Problem> problems = GroupValidator::validate(*checkedPart(group), answers, today);
    // A rule may still ask for a document ("required if …"): not at this terminal.
    std::erase_if(problems,
                  [&group](const GroupValidator::Problem& problem) { return isFileField(group, problem.memberId); });
    return problems;
}

// The repeated members inside `group` (through its nested groups that occur once) that the rules
// show, each occurrence checked on its own answers.
void addRepeatedProblems(const Group& group,
                         const RuleEvaluator& rules,
                         const StepContent& content,
                         QDate today,
                         std::vector<StepProblem>& found)
{
    for (const Member& member : group.members) {
        if (!rules.isVisible(member.id(), content.flat)) {
            continue;
        }
        if (member.multiplicity.isRepeatable()) {
            const std::shared_ptr<const Group> shown = occurrenceGroup(member);
            const std::vector<Answers> given = content.repeated.value(member.id());
            const std::size_t count = std::max(given.size(), std::size_t(std::max(member.multiplicity.min, 0)));
            for (std::size_t i = 0; i < count; ++i) {
                const Answers answers = i < given.size() ? given[i] : Answers();
                for (GroupValidator::Problem& problem : occurrenceProblems(*shown, answers, today)) {
                    found.push_back({std::move(problem.memberId), member.id(), int(i), std::move(problem.message)});
                }
            }
        } else if (member.group) {
            addRepeatedProblems(*member.group, rules, content, today, found);
        }
    }
}

} // namespace

std::shared_ptr<const Group> occurrenceGroup(const Member& repeated)
{
    if (repeated.group) {
        return repeated.group;
    }
    auto single = std::make_shared<Group>();
    single->id = repeated.field->id;
    Member only;
    only.field = repeated.field;
    only.multiplicity = Multiplicity{repeated.multiplicity.min > 0 ? 1 : 0, 1};
    single->members.push_back(only);
    return single;
}

std::vector<StepProblem> problems(const Group& stepGroup, const StepContent& content, QDate today)
{
    std::vector<StepProblem> found;
    for (GroupValidator::Problem& problem : occurrenceProblems(stepGroup, content.flat, today)) {
        found.push_back({std::move(problem.memberId), QString(), -1, std::move(problem.message)});
    }
    addRepeatedProblems(stepGroup, RuleEvaluator(stepGroup, today), content, today, found);
    return found;
}

QString problemAt(const Group& occurrenceGroup, const Answers& answers, const QString& fieldId, QDate today)
{
    for (const GroupValidator::Problem& problem : occurrenceProblems(occurrenceGroup, answers, today)) {
        if (problem.memberId == fieldId) {
            return problem.message;
        }
    }
    return QString();
}

} // namespace bt::forms::stepCheck
