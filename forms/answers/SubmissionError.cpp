#include "SubmissionError.h"

namespace bt::forms {

QString SubmissionError::toString() const
{
    if (line > 0) {
        return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
    }
    if (!where.isEmpty()) {
        return where + QStringLiteral(": ") + message;
    }
    return message;
}

} // namespace bt::forms
