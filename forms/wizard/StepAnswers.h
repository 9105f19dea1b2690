#pragma once

#include "AnswerValues.h"
#include "FormAnswers.h"
#include "Group.h"

#include <QHash>
#include <QString>

#include <vector>

namespace bt::forms {

// What one wizard step shows, in the shape the step view works with: one flat set of answers
// for the step's occurrence and its nested groups that occur once, and a list of occurrences
// for each nested group that repeats.
struct StepContent
{
    Answers flat;
    QHash<QString, std::vector<Answers>> repeated; // by group id
};

// Moves a step's answers between that shape and the form's answers, where every group
// occurrence has its own path ("G1#0", "G1#0/G2#0", …), as the submission format needs.
namespace stepAnswers {

// Replaces what `stepGroup` (a group or a part of one) holds at `path` with `content`. Answers
// of members the step does not show are left alone.
void store(const Group& stepGroup, const QString& path, const StepContent& content, FormAnswers& answers);

[[nodiscard]] StepContent load(const Group& stepGroup, const QString& path, const FormAnswers& answers);

} // namespace stepAnswers

} // namespace bt::forms
