#include "SecureBytes.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include <openssl/crypto.h>

namespace bt::eid {

SecureBytes::SecureBytes(QByteArrayView bytes)
{
    append(bytes);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    const auto count = static_cast<std::size_t>(bytes.size());
    reserve(m_size + count);
    std::memcpy(m_data.get() + m_size, bytes.data(), count);
    m_size += count;
}

void SecureBytes::append(char byte)
{
    append(QByteArrayView(&byte, 1));
}

void SecureBytes::chop()
{
    if (m_size > 0) {
        --m_size;
        OPENSSL_cleanse(m_data.get() + m_size, 1);
    }
}

void SecureBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_capacity);
    }
    m_size = 0;
}

QByteArrayView SecureBytes::view() const
{
    return {reinterpret_cast<const char*>(m_data.get()), static_cast<qsizetype>(m_size)};
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(view());
}

bool SecureBytes::equals(QByteArrayView other) const
{
    if (static_cast<std::size_t>(other.size()) != m_size) {
        return false;
    }
    return m_size == 0 || CRYPTO_memcmp(m_data.get(), other.data(), m_size) == 0;
}

void SecureBytes::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity) {
        return;
    }
    // Grow by copying into fresh storage and wiping the old one: realloc could leave a copy behind.
    const std::size_t newCapacity = std::max<std::size_t>({capacity, m_capacity * 2, 16});
    auto fresh = std::make_unique<unsigned char[]>(newCapacity);
    if (m_size > 0) {
        std::memcpy(fresh.get(), m_data.get(), m_size);
    }
    release();
    m_data = std::move(fresh);
    m_capacity = newCapacity;
}

void SecureBytes::release()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_capacity);
    }
    m_data.reset();
    m_capacity = 0;
}

void wipeInPlace(QByteArray& bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace bt::eid
