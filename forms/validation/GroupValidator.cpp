#include "GroupValidator.h"

#include "FieldValidator.h"

#include <algorithm>

namespace bt::forms {

namespace {

void checkMembers(const Group& group,
                  const RuleEvaluator& rules,
                  const Answers& answers,
                  bool groupRequired,
                  std::vector<GroupValidator::Problem>& problems)
{
    for (const Member& member : group.members) {
        if (!rules.isVisible(member.id(), answers)) {
            continue;
        }
        const bool required =
            (groupRequired && member.multiplicity.isRequired()) || rules.isRequiredByRule(member.id(), answers);
        if (member.field) {
            const QString message = FieldValidator::check(*member.field, required, answers.value(member.field->id));
            if (!message.isEmpty()) {
                problems.push_back({member.field->id, message});
            }
        } else {
            // An optional group is checked like a required one once the citizen started it.
            const bool started = rules.isFilled(member.group->id, answers);
            checkMembers(*member.group, rules, answers, required || started, problems);
        }
    }
}

} // namespace

std::vector<GroupValidator::Problem> GroupValidator::validate(const Group& group, const Answers& answers, QDate today)
{
    const RuleEvaluator rules(group, today);
    std::vector<Problem> problems;
    checkMembers(group, rules, answers, true, problems);
    for (const RuleViolation& violation : rules.violations(answers)) {
        const QString where = violation.memberIds.value(0);
        const bool duplicate = std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
            return p.memberId == where && p.message == violation.message;
        });
        if (!duplicate) {
            problems.push_back({where, violation.message});
        }
    }
    return problems;
}

} // namespace bt::forms
