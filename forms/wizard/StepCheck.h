#pragma once

#include "AnswerValues.h"
#include "Group.h"
#include "StepAnswers.h"

#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace bt::forms {

// Something the citizen must mend on a wizard step, and where: a field (or a group) of the step's
// own occurrence, or of one occurrence of a member the step repeats.
struct StepProblem
{
    QString memberId;
    QString repeatedId;  // empty: the step's own occurrence; else the repeated group or field
    int occurrence = -1; // of repeatedId, from 0
    QString message;     // for the citizen, in the current language
};

// What makes a step complete, for the form being filled (FormInProgress) and for the step view
// that shows the result: every shown field of the step's occurrence and of each occurrence of its
// repeated members (at least as many as their minimum) checked against its field and the rules.
// Documents are not asked for here: the terminal does not take evidence yet, the citizen shows
// it at the counter, so neither a file field's multiplicity nor a rule requiring one stops them.
namespace stepCheck {

// All problems of `content` on the step that shows `stepGroup`, the step's own first, then each
// repeated member's occurrences in the order of the form. today: from the session's clock.
[[nodiscard]] std::vector<StepProblem> problems(const Group& stepGroup, const StepContent& content, QDate today);

// What is wrong with one field of one occurrence now (the group shown for that occurrence and its
// answers), for the check when the citizen leaves the field; empty when nothing is.
[[nodiscard]] QString
problemAt(const Group& occurrenceGroup, const Answers& answers, const QString& fieldId, QDate today);

// The group one occurrence of a repeated member shows: the repeated group itself, or, for a
// repeated field, a group of that one field (an answer each occurrence, required up to min).
[[nodiscard]] std::shared_ptr<const Group> occurrenceGroup(const Member& repeated);

} // namespace stepCheck

} // namespace bt::forms
