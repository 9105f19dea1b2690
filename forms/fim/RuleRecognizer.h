#pragma once

#include "Group.h"
#include "Rule.h"

namespace bt::forms {

// Gives a rule its declarative condition when its German text says one of the things the
// shipped forms say (FIM rules are free text; their scripts are never run):
//   visible-if:  "„F… X“ ist nur dann zu befüllen, wenn „F… Y“ bejaht wurde."
//   required-if: "„F… X“ ist zu befüllen, wenn „F… Y“ bejaht wurde."
//   one-of:      "Es muss entweder Feldgruppe G… oder Feldgruppe G… befüllt werden."
//   date range:  "… darf nicht in der Zukunft liegen", "… darf nicht vor „F…“ liegen"
// scope: the group the rule belongs to (ids are matched against its members), or null;
// ownerField: the field the rule belongs to, the default target of a date range.
void recognizeRule(Rule& rule, const Group* scope, const QString& ownerField);

} // namespace bt::forms
