#include "CatalogUpdate.h"

#include "Catalog.h"
#include "Logging.h"
#include "OpenSslHandles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
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

std::optional<QByteArray> CatalogUpdate::open(const QByteArray& updateFile, const QString& publicKey, QString* error)
{
    const EvpKey key = publicKeyFrom(publicKey);
    if (!key) {
        *error = QStringLiteral("no valid update key is configured ([catalog] update_public_key)");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject envelope = QJsonDocument::fromJson(updateFile, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (envelope.value(QStringLiteral("format")).toString() != QLatin1StringView(format)) {
        *error = QStringLiteral("format: must be \"%1\"").arg(QLatin1StringView(format));
        return std::nullopt;
    }
    const auto decode = [&](const char* field, QByteArray* out) {
        const auto result = QByteArray::fromBase64Encoding(
            envelope.value(QLatin1StringView(field)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!result || result.decoded.isEmpty()) {
            *error = QStringLiteral("%1: must be base64").arg(QLatin1StringView(field));
            return false;
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
        *error = QStringLiteral("signature: does not match the catalog and the configured key; the file was changed "
                                "or signed with another key");
        return std::nullopt;
    }
    return catalog;
}

std::optional<Catalog> CatalogUpdate::install(const QByteArray& updateFile,
                                              const QString& publicKey,
                                              const OzgTaxonomy& taxonomy,
                                              const Catalog& current,
                                              const QString& installedPath,
                                              QString* error)
{
    const std::optional<QByteArray> bytes = open(updateFile, publicKey, error);
    if (!bytes) {
        return std::nullopt;
    }
    std::optional<Catalog> catalog = Catalog::parse(*bytes, taxonomy, error);
    if (!catalog) {
        error->prepend(QStringLiteral("catalog: "));
        return std::nullopt;
    }
    if (Catalog::compareVersions(catalog->catalogVersion(), current.catalogVersion()) <= 0) {
        *error = QStringLiteral("catalog version %1 is not newer than the installed %2")
                     .arg(catalog->catalogVersion(), current.catalogVersion());
        return std::nullopt;
    }
    // The signed envelope is what is kept: it is checked again at every start.
    QDir().mkpath(QFileInfo(installedPath).absolutePath());
    QSaveFile file(installedPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(updateFile) != updateFile.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot be written: %2").arg(installedPath, file.errorString());
        return std::nullopt;
    }
    qCInfo(lcAppCatalog) << "catalog" << catalog->catalogVersion() << "installed with" << catalog->services().size()
                         << "services";
    return catalog;
}

} // namespace bt::app
