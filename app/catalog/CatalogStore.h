#pragma once

#include "Catalog.h"
#include "Failure.h"

#include <QString>

#include <optional>

namespace bt::app {

class OzgTaxonomy;

// Where the terminal's catalog comes from: the one built into the program, or a signed update
// that staff installed (kept as the signed file, checked again at every start).
//  - no update installed, or updates off (no key configured): the built-in catalog;
//  - an installed update that checks out: the newer of it and the built-in one (a package
//    upgrade may bring a built-in catalog newer than the update; that is logged, not an error);
//  - an installed update that no longer checks out (changed after signing, signed with another
//    key, truncated, unreadable, not a valid catalog): no catalog at all. Someone or something
//    changed a file on the terminal; it goes out of order and says so to staff, instead of quietly
//    serving an older catalog. Staff install a good update over it, or remove it.
class CatalogStore
{
public:
    CatalogStore(QString installedPath, QString publicKey);

    [[nodiscard]] QString installedPath() const { return m_installedPath; }
    // An installed update that no longer checks out fails with the code of its problem
    // (Catalog_SignatureMismatch, …) and a detail that names the file and what staff can do.
    [[nodiscard]] std::optional<Catalog> load(const OzgTaxonomy& taxonomy, Failure* failure) const;
    // Installs a newer signed update. Also over an installed update that no longer checks out:
    // the new one must then be newer than the built-in catalog.
    [[nodiscard]] std::optional<Catalog>
    install(const QByteArray& updateFile, const OzgTaxonomy& taxonomy, Failure* failure) const;

private:
    enum class Installed
    {
        None,    // no file, or updates are off
        Valid,   // *catalog is set
        Refused, // *problem says why
    };
    [[nodiscard]] Installed
    loadInstalled(const OzgTaxonomy& taxonomy, std::optional<Catalog>* catalog, Failure* problem) const;

    QString m_installedPath;
    QString m_publicKey;
};

} // namespace bt::app
