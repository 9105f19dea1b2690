#pragma once

#include <QString>

namespace bt::app {

class Catalog;
class LanguageManager;
class OzgTaxonomy;
struct TerminalConfig;

// The staff tools of buergerterminal-tools. Each prints what it did and returns the process exit
// code: 0 when all is well, 1 otherwise.
namespace tools {

// --screenshot: every screen of the terminal, as the kiosk program builds it, to PNG files.
int renderScreenshots(const QString& directory,
                      LanguageManager& languages,
                      const TerminalConfig& config,
                      const OzgTaxonomy& taxonomy,
                      const Catalog& catalog);
// --sign-catalog: the signed update of a catalog file, on standard output.
int signCatalog(const QString& file, const QString& keyFile, const OzgTaxonomy& taxonomy);

} // namespace tools

} // namespace bt::app
