#pragma once

#include "FormAnswers.h"
#include "FormSchema.h"
#include "SubmissionError.h"

#include <QString>

#include <optional>
#include <vector>

// Internal to bt_forms_answers: the schema walk both formats share, so that XML and JSON carry
// exactly the same answers and are checked by exactly the same rules.
namespace bt::forms::submission {

inline constexpr auto namespaceUri = "urn:buergerterminal:antrag:1";

// What the writers format: members in schema order, values canonical.
struct Occurrence;
struct Item
{
    QString id;
    bool isGroup = false;
    QString value;                       // a field's canonical value
    std::vector<Occurrence> occurrences; // a group's occurrences, in index order
    // A field that may occur more than once (multiplicity 2:5, say) is written as a list, one
    // value per occurrence in order, an empty one for a line added but not yet filled.
    bool isRepeatedField = false;
    std::vector<QString> values;
};
struct Occurrence
{
    std::vector<Item> items;
};

// Checks FormAnswers against the schema (every path and field id known, no more occurrences than
// allowed, every value of its type) and orders it by the schema. Incomplete answers are fine:
// drafts are written with this too; completeness is the validator's job before submitting.
[[nodiscard]] std::optional<Occurrence>
treeOf(const FormSchema& schema, const FormAnswers& answers, SubmissionError* error);

// What the readers produce from either syntax, before the schema is applied.
struct RawElement
{
    QString id;
    QString text;
    std::vector<RawElement> children;
    bool canBeField = false; // XML: no child elements; JSON: a string
    bool canBeGroup = false; // XML: no text but blanks; JSON: an object in an array
    QString where;           // JSON path
    int line = 0;            // XML position
    int column = 0;
};

struct Header
{
    QString schemaId;
    QString schemaVersion;
    QString formId;
};

// Applies the schema to what was read: all or nothing, the first problem with its place.
[[nodiscard]] std::optional<FormAnswers> answersOf(const FormSchema& schema,
                                                   const Header& header,
                                                   const std::vector<RawElement>& rootChildren,
                                                   SubmissionError* error);

} // namespace bt::forms::submission
