#pragma once

#include <QString>

namespace bt::app {

class CatalogStore;
struct TerminalConfig;

// Where the terminal keeps its files: where the configuration says, else in the folders of the
// user running it (of the application "buergerterminal"; the staff tools use the same files).
// [search] index, or search-index.sqlite in the cache folder.
QString searchIndexPath(const TerminalConfig& config);
// [drafts] path, or drafts.sqlite in the data folder.
QString draftsPath(const TerminalConfig& config);
// The installed catalog update: [catalog] installed, or catalog-update.json in the data folder.
CatalogStore catalogStore(const TerminalConfig& config);

} // namespace bt::app
