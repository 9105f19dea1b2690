#pragma once

#include "TerminalPaths.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::app {

class OzgTaxonomy;
struct CommandLine;
struct TerminalConfig;

// The terminal's command-line modes for staff and scripts (no window). Each prints what it
// found and returns the process exit code: 0 when all is well, 1 otherwise.
namespace commands {

int checkConfig(const QString& file);
int checkSchema(const QString& file);
int checkCatalog(const QString& file, const TerminalConfig& config, const OzgTaxonomy& taxonomy);
int installCatalog(const QString& file, const TerminalConfig& config, const OzgTaxonomy& taxonomy);
int importXzufi(const CommandLine& line, const OzgTaxonomy& taxonomy);
int printSearch(const CommandLine& line, const TerminalConfig& config, const OzgTaxonomy& taxonomy);

} // namespace commands

} // namespace bt::app
