#pragma once

#include <memory>

#include <openssl/bio.h>
#include <openssl/evp.h>

namespace bt::app {

// OpenSSL objects owned like any other: freed with their own function when they go. For the
// signed catalog update (verifying here, signing in app/catalogsigning).
struct EvpKeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct EvpContextDeleter
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using EvpKey = std::unique_ptr<EVP_PKEY, EvpKeyDeleter>;
using EvpContext = std::unique_ptr<EVP_MD_CTX, EvpContextDeleter>;
using Bio = std::unique_ptr<BIO, BioDeleter>;

} // namespace bt::app
