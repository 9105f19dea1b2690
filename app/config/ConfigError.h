#pragma once

#include <QString>

namespace bt::app {

// One problem in a configuration file: where it is and what is wrong. Never holds personal data.
struct ConfigError
{
    QString file;
    int line = 0; // 0: the whole file
    QString key;  // "section.key" or empty
    QString problem;

    [[nodiscard]] QString toString() const;
};

} // namespace bt::app
