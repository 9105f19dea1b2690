#include "CatalogSigner.h"

#include "CatalogUpdate.h"
#include "OpenSslHandles.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace bt::app {

std::optional<QByteArray>
CatalogSigner::sign(const QByteArray& catalog, const QByteArray& privateKeyPem, Failure* failure)
{
    Bio bio(BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size())));
    EvpKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        *failure = Failure(Failure::Code::CatalogSigning_KeyInvalid,
                           QStringLiteral("the key is not an Ed25519 private key in PEM form"));
        return std::nullopt;
    }
    EvpContext context(EVP_MD_CTX_new());
    std::size_t length = 64;
    QByteArray signature(64, Qt::Uninitialized);
    // Ed25519 signs the message itself (no separate digest): RFC 8032.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(),
                       reinterpret_cast<unsigned char*>(signature.data()),
                       &length,
                       reinterpret_cast<const unsigned char*>(catalog.constData()),
                       static_cast<std::size_t>(catalog.size())) != 1) {
        *failure = Failure(Failure::Code::CatalogSigning_SigningFailed, QStringLiteral("signing failed"));
        return std::nullopt;
    }
    const QJsonObject envelope{
        {QStringLiteral("format"), QLatin1StringView(CatalogUpdate::format)},
        {QStringLiteral("catalog"), QString::fromLatin1(catalog.toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

} // namespace bt::app
