#pragma once

#include <QString>

namespace bt::forms {

// Why a submission could not be written or read, and where: line and column of an XML instance,
// the path of a JSON one ("answers.G00000630[0].F00000013"), or the occurrence path and field id
// of FormAnswers being written. Never contains an answer: messages may be logged.
struct SubmissionError
{
    QString message;
    QString where;  // the path, or empty for the document as a whole
    int line = 0;   // XML only, from 1: where the offending element's start tag (or the problem) ends
    int column = 0; // XML only, from 1

    [[nodiscard]] QString toString() const;
};

} // namespace bt::forms
