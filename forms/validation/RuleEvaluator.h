#pragma once

#include "AnswerValues.h"
#include "Group.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace bt::forms {

// A rule that the answers break, with a message for the citizen.
struct RuleViolation
{
    QString ruleId;
    QStringList memberIds; // the fields or groups to show the message at
    QString message;
};

// Evaluates the declarative conditions of a group's rules, and of the rules of everything inside
// it, against the answers of one occurrence of that group. Rules without a condition are not
// evaluated (the parser logged them as unsupported).
class RuleEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(bt::forms::RuleEvaluator)

public:
    // today: from the session's clock, so that tests choose it.
    RuleEvaluator(const Group& scope, QDate today);

    // False while a visible-if rule hides the field or group.
    [[nodiscard]] bool isVisible(const QString& memberId, const Answers& answers) const;
    // Required by a required-if rule whose trigger holds (multiplicity is the caller's part).
    [[nodiscard]] bool isRequiredByRule(const QString& memberId, const Answers& answers) const;
    [[nodiscard]] std::vector<RuleViolation> violations(const Answers& answers) const;

    // Whether a field or group has an answer (for a group: any field inside it).
    [[nodiscard]] bool isFilled(const QString& memberId, const Answers& answers) const;

private:
    void collect(const Group& group);
    [[nodiscard]] bool triggerHolds(const Condition& condition, const Answers& answers) const;
    [[nodiscard]] std::optional<QDate> bound(const QString& bound, const Answers& answers) const;

    QDate m_today;
    std::vector<const Rule*> m_rules;
    QHash<QString, const Group*> m_groups; // nested groups by id, to tell whether one is filled
};

} // namespace bt::forms
