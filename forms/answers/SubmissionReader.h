#pragma once

#include "FormAnswers.h"
#include "FormSchema.h"
#include "SubmissionError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::forms {

// What a submission instance holds besides the schema's identity.
struct Submission
{
    QString formId;
    FormAnswers answers;
};

// Reads a submission instance (docs/submission-format.md) back into FormAnswers against the
// schema it was written for: all or nothing. Refused with the first problem and its place (XML:
// line and column; JSON: the path): another schema or version, an unknown id, a field where a
// group belongs or the reverse, more occurrences than allowed, a value not in its canonical form.
// Missing answers are not a problem here (drafts are incomplete).
class SubmissionReader
{
public:
    // Instances of real forms are far smaller; a larger input is refused before parsing.
    static constexpr qsizetype largestInstance = 8 * 1024 * 1024;

    [[nodiscard]] static std::optional<Submission>
    readXml(const QByteArray& bytes, const FormSchema& schema, SubmissionError* error);
    [[nodiscard]] static std::optional<Submission>
    readJson(const QByteArray& bytes, const FormSchema& schema, SubmissionError* error);
    // XML when the first non-blank byte is '<', otherwise JSON.
    [[nodiscard]] static std::optional<Submission>
    read(const QByteArray& bytes, const FormSchema& schema, SubmissionError* error);
};

} // namespace bt::forms
