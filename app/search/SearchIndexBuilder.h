#pragma once

#include "Failure.h"

#include <QString>
#include <QStringList>

namespace bt::app {

class Catalog;

// Writes the search index of a catalog to an SQLite file (FTS5): one document per service and
// language with its names, synonyms, compound parts and description, folded by GermanText, plus
// the vocabulary for typo tolerance. The index is rebuilt only when the catalog or the
// popularity list changed (a fingerprint is stored with it); a new index replaces the old one
// atomically, so a reader never sees half an index.
class SearchIndexBuilder
{
public:
    // 2: prefix indexes for word beginnings of 2 to 12 letters (1 had 2 to 4).
    static constexpr int formatVersion = 2;

    // popular: service keys, most asked-for first (from terminal.conf). Fails with
    // Search_IndexNotBuilt.
    [[nodiscard]] static bool ensure(const QString& path,
                                     const Catalog& catalog,
                                     const QStringList& popular,
                                     Failure* failure,
                                     bool* rebuilt = nullptr);
};

} // namespace bt::app
