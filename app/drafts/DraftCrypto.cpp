#include "DraftCrypto.h"

#include <cstdint>
#include <memory>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace bt::app::draftcrypto {

namespace {

struct KdfDeleter
{
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
};
struct KdfContextDeleter
{
    void operator()(EVP_KDF_CTX* context) const { EVP_KDF_CTX_free(context); }
};
struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

// Enough for N = 2^20 with r = 8 (1 GiB would be 128 * r * N); OpenSSL's default stops at 32 MiB,
// just below what N = 2^15, r = 8 needs.
constexpr quint64 scryptMemoryLimit = quint64(1) << 30;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

std::optional<QByteArray> randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        return std::nullopt;
    }
    return out;
}

std::optional<eid::SecureBytes> deriveKey(QByteArrayView secret, QByteArrayView salt, const KdfParameters& parameters)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfContextDeleter> context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!context) {
        return std::nullopt;
    }
    std::uint64_t n = parameters.n;
    std::uint32_t r = parameters.r;
    std::uint32_t p = parameters.p;
    std::uint64_t memoryLimit = scryptMemoryLimit;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(secret.data()), static_cast<std::size_t>(secret.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()), static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &memoryLimit),
        OSSL_PARAM_construct_end(),
    };
    unsigned char key[keyLength];
    const bool derived = EVP_KDF_derive(context.get(), key, sizeof key, params) == 1;
    std::optional<eid::SecureBytes> result;
    if (derived) {
        result.emplace(QByteArrayView(key, sizeof key));
    }
    OPENSSL_cleanse(key, sizeof key);
    return result;
}

std::optional<SealedBytes> seal(const eid::SecureBytes& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (key.size() != keyLength) {
        return std::nullopt;
    }
    std::optional<QByteArray> nonce = randomBytes(nonceLength);
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!nonce || !context) {
        return std::nullopt;
    }
    SealedBytes sealed{
        *nonce, QByteArray(plaintext.size(), Qt::Uninitialized), QByteArray(tagLength, Qt::Uninitialized)};
    int length = 0;
    int finalLength = 0;
    const bool ok =
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceLength, nullptr) == 1 &&
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.storage(), bytes(sealed.nonce)) == 1 &&
        EVP_EncryptUpdate(
            context.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size())) == 1 &&
        EVP_EncryptUpdate(context.get(),
                          reinterpret_cast<unsigned char*>(sealed.ciphertext.data()),
                          &length,
                          bytes(plaintext),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(
            context.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()) + length, &finalLength) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagLength, sealed.tag.data()) == 1;
    if (!ok) {
        return std::nullopt;
    }
    return sealed;
}

std::optional<eid::SecureBytes>
open(const eid::SecureBytes& key, const SealedBytes& sealed, QByteArrayView associatedData)
{
    if (key.size() != keyLength || sealed.nonce.size() != nonceLength || sealed.tag.size() != tagLength) {
        return std::nullopt;
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context) {
        return std::nullopt;
    }
    // Decrypted into a buffer that is zeroed whether or not the tag matches.
    eid::SecureBytes plaintext(QByteArray(sealed.ciphertext.size() + 16, '\0'));
    auto* out = const_cast<unsigned char*>(plaintext.storage());
    QByteArray tag = sealed.tag;
    int length = 0;
    int finalLength = 0;
    const bool ok =
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceLength, nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.storage(), bytes(sealed.nonce)) == 1 &&
        EVP_DecryptUpdate(
            context.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size())) == 1 &&
        EVP_DecryptUpdate(
            context.get(), out, &length, bytes(sealed.ciphertext), static_cast<int>(sealed.ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagLength, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), out + length, &finalLength) == 1;
    if (!ok) {
        return std::nullopt;
    }
    return eid::SecureBytes(plaintext.view().first(length + finalLength));
}

} // namespace bt::app::draftcrypto
