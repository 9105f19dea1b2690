#include "CatalogUpdate.h"

#include "Catalog.h"
#include "JsonFields.h"
#include "Logging.h"
#include "OpenSslHandles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace bt::app {

namespace {

EvpKey publicKeyFrom(const QString& base64)
{
    const QByteArray der = QByteArray::fromBase64(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (der.isEmpty()) {
        return nullptr;
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    EvpKey key(d2i_PUBKEY(nullptr, &cursor, der.size()));
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        return nullptr;
    }
    return key;
}

} // namespace

bool CatalogUpdate::isValidPublicKey(const QString& base64)
{
    return publicKeyFrom(base64) != nullptr;
}

std::optional<QByteArray> CatalogUpdate::open(const QByteArray& updateFile, const QString& publicKey, Failure* failure)
{
    using Code = Failure::Code;
    const EvpKey key = publicKeyFrom(publicKey);
    if (!key) {
        *failure = Failure(Code::Catalog_UpdateKeyInvalid,
                           QStringLiteral("no valid update key is configured ([catalog] update_public_key)"));
        return std::nullopt;
    }
    const std::optional<QJsonObject> envelope = JsonFields::documentRoot(updateFile, format, failure);
    if (!envelope) {
        return std::nullopt;
    }
    JsonFields read(failure);
    const auto decode = [&](const char* field, QByteArray* out) {
        const auto result = QByteArray::fromBase64Encoding(
            envelope->value(QLatin1StringView(field)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!result || result.decoded.isEmpty()) {
            return read.fail(QLatin1StringView(field), QStringLiteral("must be base64"));
        }
        *out = result.decoded;
        return true;
    };
    QByteArray catalog;
    QByteArray signature;
    if (!decode("catalog", &catalog) || !decode("signature", &signature)) {
        return std::nullopt;
    }
    EvpContext context(EVP_MD_CTX_new());
    // Ed25519 signs the message itself (no separate digest): RFC 8032.
    const bool verified = context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
                          EVP_DigestVerify(context.get(),
                                           reinterpret_cast<const unsigned char*>(signature.constData()),
                                           static_cast<std::size_t>(signature.size()),
                                           reinterpret_cast<const unsigned char*>(catalog.constData()),
                                           static_cast<std::size_t>(catalog.size())) == 1;
    if (!verified) {
        *failure = Failure(Code::Catalog_SignatureMismatch,
                           QStringLiteral("signature: does not match the catalog and the configured key; the file was "
                                          "changed or signed with another key"));
        return std::nullopt;
    }
    return catalog;
}

std::optional<Catalog> CatalogUpdate::install(const QByteArray& updateFile,
                                              const QString& publicKey,
                                              const OzgTaxonomy& taxonomy,
                                              const Catalog& current,
                                              const QString& installedPath,
                                              Failure* failure)
{
    const std::optional<QByteArray> bytes = open(updateFile, publicKey, failure);
    if (!bytes) {
        return std::nullopt;
    }
    std::optional<Catalog> catalog = Catalog::parse(*bytes, taxonomy, failure);
    if (!catalog) {
        failure->prependWhere(QStringLiteral("catalog"));
        return std::nullopt;
    }
    if (Catalog::compareVersions(catalog->catalogVersion(), current.catalogVersion()) <= 0) {
        *failure = Failure(Failure::Code::Catalog_UpdateNotNewer,
                           QStringLiteral("catalog version %1 is not newer than the installed %2")
                               .arg(catalog->catalogVersion(), current.catalogVersion()));
        return std::nullopt;
    }
    // The signed envelope is what is kept: it is checked again at every start.
    QDir().mkpath(QFileInfo(installedPath).absolutePath());
    QSaveFile file(installedPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(updateFile) != updateFile.size() || !file.commit()) {
        *failure = Failure(Failure::Code::Catalog_NotWritten,
                           QStringLiteral("%1: cannot be written: %2").arg(installedPath, file.errorString()));
        return std::nullopt;
    }
    qCInfo(lcAppCatalog) << "catalog" << catalog->catalogVersion() << "installed with" << catalog->services().size()
                         << "services";
    return catalog;
}

} // namespace bt::app
