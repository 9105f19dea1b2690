#pragma once

#include "SubmissionTree.h"

#include <QByteArray>

#include <optional>
#include <vector>

// Internal to bt_forms_answers: each syntax read into the shared RawElement tree, with the header
// (schema, version, form) checked for presence; SubmissionReader applies the schema afterwards.
namespace bt::forms::submission {

[[nodiscard]] std::optional<Header>
readXmlSyntax(const QByteArray& bytes, std::vector<RawElement>* rootChildren, SubmissionError* error);
[[nodiscard]] std::optional<Header>
readJsonSyntax(const QByteArray& bytes, std::vector<RawElement>* rootChildren, SubmissionError* error);

} // namespace bt::forms::submission
