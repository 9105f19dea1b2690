#include "SchemaError.h"

namespace bt::forms {

QString SchemaError::toString() const
{
    if (line <= 0) {
        return file + QStringLiteral(": ") + message;
    }
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

} // namespace bt::forms
