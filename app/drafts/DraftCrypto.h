#pragma once

#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace bt::app {

// scrypt's cost: N (memory and time, a power of two), r (block size), p (parallel lanes). The
// values are stored with every draft, so raising them later leaves older drafts readable.
// Default: N = 2^15, r = 8, p = 1 — 32 MiB and, measured on the 2-core build machine,
// 150-210 ms per derivation (docs/drafts.md); a guess at a stolen file costs an attacker as much.
struct KdfParameters
{
    quint64 n = quint64(1) << 15;
    quint32 r = 8;
    quint32 p = 1;

    friend bool operator==(const KdfParameters&, const KdfParameters&) = default;
};

// AES-256-GCM output: a fresh random 12-byte nonce, the ciphertext and the 16-byte tag.
struct SealedBytes
{
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
};

namespace draftcrypto {

inline constexpr int keyLength = 32;
inline constexpr int saltLength = 16;
inline constexpr int nonceLength = 12;
inline constexpr int tagLength = 16;

// RAND_bytes; nothing if the generator fails.
[[nodiscard]] std::optional<QByteArray> randomBytes(int count);
// scrypt through OpenSSL's EVP_KDF "SCRYPT"; nothing for unusable parameters.
[[nodiscard]] std::optional<eid::SecureBytes>
deriveKey(QByteArrayView secret, QByteArrayView salt, const KdfParameters& parameters);
[[nodiscard]] std::optional<SealedBytes>
seal(const eid::SecureBytes& key, QByteArrayView plaintext, QByteArrayView associatedData);
// Nothing when the key is wrong or anything (nonce, ciphertext, tag, associated data) was changed.
[[nodiscard]] std::optional<eid::SecureBytes>
open(const eid::SecureBytes& key, const SealedBytes& sealed, QByteArrayView associatedData);

} // namespace draftcrypto

} // namespace bt::app
