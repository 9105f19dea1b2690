#pragma once

#include "AnswerValues.h"
#include "Group.h"
#include "RuleEvaluator.h"

#include <QDate>

#include <vector>

namespace bt::forms {

// Everything wrong with the answers to one occurrence of a group (one wizard step): each visible
// field checked (required by its multiplicity or a rule), then the group's rules.
class GroupValidator
{
public:
    struct Problem
    {
        QString memberId;
        QString message;
    };

    [[nodiscard]] static std::vector<Problem> validate(const Group& group, const Answers& answers, QDate today);
};

} // namespace bt::forms
