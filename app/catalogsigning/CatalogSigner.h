#pragma once

#include "Failure.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt::app {

// Makes the signed catalog update terminals install (the envelope of CatalogUpdate) on the
// operator's workstation, where the private key is; for buergerterminal-tools --sign-catalog.
class CatalogSigner
{
public:
    // Signs the catalog's exact bytes with an Ed25519 private key in PEM form; the update file, or
    // nothing and CatalogSigning_KeyInvalid or CatalogSigning_SigningFailed.
    [[nodiscard]] static std::optional<QByteArray>
    sign(const QByteArray& catalog, const QByteArray& privateKeyPem, Failure* failure);
};

} // namespace bt::app
