#pragma once

#include "FormAnswers.h"
#include "FormSchema.h"
#include "SubmissionError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::forms {

// Writes a form's answers in the submission format (docs/submission-format.md): members in the
// schema's order, repeated groups as repeated elements, no element for an unanswered field, values
// in their canonical form. The same answers always give the same bytes. Refuses (with the path
// and field id, never the value) answers that do not fit the schema: an unknown path or field id,
// more occurrences than allowed, a value not of its field's type.
class SubmissionWriter
{
public:
    [[nodiscard]] static std::optional<QByteArray>
    toXml(const FormSchema& schema, const QString& formId, const FormAnswers& answers, SubmissionError* error);
    [[nodiscard]] static std::optional<QByteArray>
    toJson(const FormSchema& schema, const QString& formId, const FormAnswers& answers, SubmissionError* error);
};

} // namespace bt::forms
