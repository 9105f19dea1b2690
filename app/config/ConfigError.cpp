#include "ConfigError.h"

namespace bt::app {

QString ConfigError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
    }
    if (!key.isEmpty()) {
        where += QStringLiteral(": ") + key;
    }
    return where + QStringLiteral(": ") + problem;
}

} // namespace bt::app
