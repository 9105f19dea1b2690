#pragma once

#include "Failure.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::app {

class Catalog;
class OzgTaxonomy;

// A catalog update as the operator ships it: one JSON file holding the catalog and an
// Ed25519 signature over its exact bytes, made with the operator's private key:
//   {"format": "buergerterminal-catalog-update", "catalog": "<base64 of catalog.json>",
//    "signature": "<base64 of the 64-byte Ed25519 signature>"}
// Terminals hold only the public key (terminal.conf, [catalog] update_public_key); the staff
// tools sign (app/catalogsigning), so the kiosk program has no code that signs.
class CatalogUpdate
{
public:
    // The envelope's "format".
    static constexpr char format[] = "buergerterminal-catalog-update";
    // The largest update file (or catalog) read: ten thousand services fit many times over.
    static constexpr qint64 largestFile = 64 * 1024 * 1024;

    // The public key as terminal.conf holds it: base64 of the DER SubjectPublicKeyInfo
    // (`openssl pkey -in key.pem -pubout -outform DER | base64 -w0`). Empty if invalid.
    [[nodiscard]] static bool isValidPublicKey(const QString& base64);

    // Checks the envelope, the signature and the catalog; on success the verified catalog bytes.
    [[nodiscard]] static std::optional<QByteArray>
    open(const QByteArray& updateFile, const QString& publicKey, Failure* failure);

    // Verifies the update, checks that its catalog is valid and newer than `current`, and
    // installs it at `installedPath` atomically (the old file stays until the new one is
    // complete). Returns the installed catalog.
    [[nodiscard]] static std::optional<Catalog> install(const QByteArray& updateFile,
                                                        const QString& publicKey,
                                                        const OzgTaxonomy& taxonomy,
                                                        const Catalog& current,
                                                        const QString& installedPath,
                                                        Failure* failure);
};

} // namespace bt::app
