#include "SubmissionReader.h"

#include "CanonicalValue.h"
#include "SubmissionSyntax.h"

namespace bt::forms {

namespace {

using SyntaxReader = std::optional<submission::Header> (*)(const QByteArray&,
                                                           std::vector<submission::RawElement>*,
                                                           SubmissionError*);

std::optional<Submission>
readWith(SyntaxReader syntax, const QByteArray& bytes, const FormSchema& schema, SubmissionError* error)
{
    *error = {};
    if (bytes.size() > SubmissionReader::largestInstance) {
        error->message = QStringLiteral("larger than %1 bytes").arg(SubmissionReader::largestInstance);
        return std::nullopt;
    }
    std::vector<submission::RawElement> rootChildren;
    const std::optional<submission::Header> header = syntax(bytes, &rootChildren, error);
    if (!header) {
        return std::nullopt;
    }
    // The writer cannot put these into XML; what is read must be writable again.
    if (hasCharactersXmlCannotCarry(header->formId)) {
        error->message = QStringLiteral("the form id contains control characters");
        error->where = QStringLiteral("form");
        return std::nullopt;
    }
    std::optional<FormAnswers> answers = submission::answersOf(schema, *header, rootChildren, error);
    if (!answers) {
        return std::nullopt;
    }
    return Submission{header->formId, std::move(*answers)};
}

} // namespace

std::optional<Submission>
SubmissionReader::readXml(const QByteArray& bytes, const FormSchema& schema, SubmissionError* error)
{
    return readWith(submission::readXmlSyntax, bytes, schema, error);
}

std::optional<Submission>
SubmissionReader::readJson(const QByteArray& bytes, const FormSchema& schema, SubmissionError* error)
{
    return readWith(submission::readJsonSyntax, bytes, schema, error);
}

std::optional<Submission>
SubmissionReader::read(const QByteArray& bytes, const FormSchema& schema, SubmissionError* error)
{
    for (const char byte : bytes) {
        if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
            continue;
        }
        return byte == '<' ? readXml(bytes, schema, error) : readJson(bytes, schema, error);
    }
    return readJson(bytes, schema, error); // nothing but blanks: JSON's error says so
}

} // namespace bt::forms
