#pragma once

#include "AnswerValues.h"
#include "Field.h"

#include <QCoreApplication>
#include <QString>

namespace bt::forms {

// Checks one answer against its field: filled in when required, its data type's format,
// praezisierung (length, value range, pattern) and code list membership. The message is for the
// citizen, in the current language, and says what to do; an empty message means the answer is fine.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(bt::forms::FieldValidator)

public:
    [[nodiscard]] static QString check(const Field& field, bool required, const QString& value);
};

} // namespace bt::forms
