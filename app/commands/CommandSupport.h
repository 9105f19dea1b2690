#pragma once

#include "Catalog.h"
#include "ConfigError.h"
#include "Failure.h"
#include "OzgTaxonomy.h"
#include "TerminalConfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bt::app {

// What the kiosk program's commands and the staff tools share (compiled into both executables).

// A whole file named on the command line (at most the size of a catalog update), or nothing with
// "FILE: reason" printed.
[[nodiscard]] std::optional<QByteArray> readCommandLineFile(const QString& path);

// What every program of the terminal starts from: the operator's configuration (the file named
// with --config, else the system's if there is one, else the embedded defaults) and the shipped
// OZG taxonomy; then, when asked, the installed catalog. Each is there or says why not.
class StartData
{
public:
    // Loads the configuration and the taxonomy. configPath: from the command line, may be empty.
    explicit StartData(const QString& configPath);

    [[nodiscard]] bool hasConfigAndTaxonomy() const { return config && taxonomy; }
    // Loads the catalog installed for this configuration; false when it, or what it needs, is missing.
    bool loadCatalog();
    // Every reason a start could not load what it needs, in the order staff should read them: the
    // configuration's errors, then the taxonomy's and the catalog's.
    [[nodiscard]] QStringList problems() const;

    std::optional<TerminalConfig> config;
    std::optional<OzgTaxonomy> taxonomy;
    std::optional<Catalog> catalog;

private:
    std::vector<ConfigError> m_configErrors;
    Failure m_taxonomyFailure;
    Failure m_catalogFailure;
};

} // namespace bt::app
