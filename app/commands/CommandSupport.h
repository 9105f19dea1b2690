#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bt::app {

struct ConfigError;

// What the kiosk program's commands and the staff tools share (compiled into both executables).

// A whole file named on the command line (at most the size of a catalog update), or nothing with
// "FILE: reason" printed.
[[nodiscard]] std::optional<QByteArray> readCommandLineFile(const QString& path);

// Every reason a start could not load what it needs, in the order staff should read them: the
// configuration's errors, then the taxonomy's and the catalog's (empty ones are left out).
[[nodiscard]] QStringList
startProblems(const std::vector<ConfigError>& configErrors, const QString& taxonomyError, const QString& catalogError);

} // namespace bt::app
