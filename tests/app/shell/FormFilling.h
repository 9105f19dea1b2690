#pragma once

#include "Field.h"

#include <QString>

namespace bt::app {
class FormScreen;
class Journey;
} // namespace bt::app

namespace bt::test {

// What a citizen would type, for a field of this kind; `attempt` tries the other sensible answer
// when the first breaks a rule (a birth date must be past, a pick-up date in the future).
[[nodiscard]] QString plausibleAnswer(const bt::forms::Field& field, int attempt);

// Answers every field of the step on screen, then presses "Weiter" like a finger; tries the
// other answer for fields the step still finds wrong. True once the form moved on (to the next
// step, or the review the journey entered).
[[nodiscard]] bool answerStep(bt::app::FormScreen& form, const bt::app::Journey& journey);

} // namespace bt::test
