#pragma once

#include "Catalog.h"

#include <QString>

#include <optional>

namespace bt::app {

class OzgTaxonomy;

// Where the terminal's catalog comes from: the one built into the program, or a signed update
// that staff installed (kept as the signed file, checked again at every start). The newer one
// is used; an installed update that no longer checks out is ignored with a logged reason.
class CatalogStore
{
public:
    CatalogStore(QString installedPath, QString publicKey);

    [[nodiscard]] QString installedPath() const { return m_installedPath; }
    [[nodiscard]] std::optional<Catalog> load(const OzgTaxonomy& taxonomy, QString* error) const;
    [[nodiscard]] std::optional<Catalog>
    install(const QByteArray& updateFile, const OzgTaxonomy& taxonomy, QString* error) const;

private:
    QString m_installedPath;
    QString m_publicKey;
};

} // namespace bt::app
