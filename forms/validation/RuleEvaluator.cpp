#include "RuleEvaluator.h"

#include <algorithm>

namespace bt::forms {

namespace {

bool anyFieldFilled(const Group& group, const Answers& answers)
{
    for (const Member& member : group.members) {
        if (member.field && !answers.value(member.field->id).trimmed().isEmpty()) {
            return true;
        }
        if (member.group && anyFieldFilled(*member.group, answers)) {
            return true;
        }
    }
    return false;
}

} // namespace

RuleEvaluator::RuleEvaluator(const Group& scope, QDate today)
    : m_today(today)
{
    for (const Rule& rule : scope.rules) {
        m_rules.push_back(&rule);
    }
    collect(scope);
}

void RuleEvaluator::collect(const Group& group)
{
    for (const Member& member : group.members) {
        const std::vector<Rule>& rules = member.field ? member.field->rules : member.group->rules;
        for (const Rule& rule : rules) {
            const bool known =
                std::any_of(m_rules.begin(), m_rules.end(), [&](const Rule* r) { return r->id == rule.id; });
            if (!known) {
                m_rules.push_back(&rule);
            }
        }
        if (member.group) {
            m_groups.insert(member.group->id, member.group.get());
            collect(*member.group);
        }
    }
}

bool RuleEvaluator::isFilled(const QString& memberId, const Answers& answers) const
{
    if (const Group* group = m_groups.value(memberId)) {
        return anyFieldFilled(*group, answers);
    }
    return !answers.value(memberId).trimmed().isEmpty();
}

bool RuleEvaluator::triggerHolds(const Condition& condition, const Answers& answers) const
{
    return answers.value(condition.trigger).trimmed() == condition.triggerValue;
}

bool RuleEvaluator::isVisible(const QString& memberId, const Answers& answers) const
{
    for (const Rule* rule : m_rules) {
        const std::optional<Condition>& condition = rule->condition;
        if (condition && condition->kind == Condition::Kind::VisibleIf && condition->targets.contains(memberId) &&
            !triggerHolds(*condition, answers)) {
            return false;
        }
    }
    return true;
}

bool RuleEvaluator::isRequiredByRule(const QString& memberId, const Answers& answers) const
{
    for (const Rule* rule : m_rules) {
        const std::optional<Condition>& condition = rule->condition;
        if (condition && condition->kind == Condition::Kind::RequiredIf && condition->targets.contains(memberId) &&
            triggerHolds(*condition, answers)) {
            return true;
        }
    }
    return false;
}

std::optional<QDate> RuleEvaluator::bound(const QString& bound, const Answers& answers) const
{
    if (bound.isEmpty()) {
        return std::nullopt;
    }
    if (bound == QLatin1StringView(Condition::today)) {
        return m_today;
    }
    return answer::date(answers.value(bound));
}

std::vector<RuleViolation> RuleEvaluator::violations(const Answers& answers) const
{
    std::vector<RuleViolation> found;
    for (const Rule* rule : m_rules) {
        if (!rule->condition) {
            continue;
        }
        const Condition& condition = *rule->condition;
        switch (condition.kind) {
        case Condition::Kind::VisibleIf:
            break; // hiding is not a violation; hidden answers are not sent
        case Condition::Kind::RequiredIf:
            if (triggerHolds(condition, answers)) {
                for (const QString& target : condition.targets) {
                    if (!isFilled(target, answers)) {
                        found.push_back({rule->id, {target}, tr("Please fill in this field.")});
                    }
                }
            }
            break;
        case Condition::Kind::OneOf: {
            const bool any = std::any_of(condition.targets.begin(), condition.targets.end(), [&](const QString& id) {
                return isFilled(id, answers);
            });
            if (!any) {
                found.push_back({rule->id, condition.targets, tr("Please fill in one of these parts.")});
            }
            break;
        }
        case Condition::Kind::DateRange: {
            const std::optional<QDate> notBefore = bound(condition.notBefore, answers);
            const std::optional<QDate> notAfter = bound(condition.notAfter, answers);
            for (const QString& target : condition.targets) {
                const std::optional<QDate> date = answer::date(answers.value(target));
                if (!date) {
                    continue; // empty or malformed: the field's own check says so
                }
                if (notBefore && *date < *notBefore) {
                    found.push_back({rule->id,
                                     {target},
                                     condition.notBefore == QLatin1StringView(Condition::today)
                                         ? tr("The date must not be in the past.")
                                         : tr("The date must not be before %1.")
                                               .arg(notBefore->toString(QStringLiteral("dd.MM.yyyy")))});
                }
                if (notAfter && *date > *notAfter) {
                    found.push_back({rule->id,
                                     {target},
                                     condition.notAfter == QLatin1StringView(Condition::today)
                                         ? tr("The date must not be in the future.")
                                         : tr("The date must not be after %1.")
                                               .arg(notAfter->toString(QStringLiteral("dd.MM.yyyy")))});
                }
            }
            break;
        }
        }
    }
    return found;
}

} // namespace bt::forms
