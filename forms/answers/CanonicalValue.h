#pragma once

#include "Field.h"

#include <QString>

#include <optional>

namespace bt::forms {

// The one way each data type is written in a submission (docs/submission-format.md):
//   date 2024-12-31 · time 09:05:00 · datetime ISO 8601 as Qt writes it · bool true/false ·
//   num -1234.5 (point, no thousands separators, no superfluous zeros) · num_int -12 ·
//   num_currency 1234.50 (euros, exactly 2 places) · select: a code of its list · text as typed.
// canonicalValue() turns what a citizen or widget wrote (31.12.2024, 1.234,5, …) into it, or
// gives nothing when the text is not a value of the field's type.
[[nodiscard]] std::optional<QString> canonicalValue(const Field& field, const QString& answer);
// What a value of this field must look like, for error messages (never the value itself).
[[nodiscard]] QString expectedFormat(const Field& field);
// Characters an XML 1.0 document cannot carry (most control characters, lone surrogates).
[[nodiscard]] bool hasCharactersXmlCannotCarry(const QString& text);

} // namespace bt::forms
