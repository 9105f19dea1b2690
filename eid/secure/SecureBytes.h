#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace bt::eid {

// A byte buffer for secrets (PIN, CAN, keys) and personal data: its storage is zeroed
// before it is released or reused, and it is never copied implicitly.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    void append(QByteArrayView bytes);
    void append(char byte);
    // Removes the last byte (a PIN pad's "delete") and zeroes it.
    void chop();
    // Zeroes every byte of the storage, keeps the storage for reuse.
    void clear();

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    [[nodiscard]] QByteArrayView view() const;
    // The whole storage including unused capacity, so callers (and tests) can verify wiping.
    [[nodiscard]] const unsigned char* storage() const { return m_data.get(); }
    [[nodiscard]] SecureBytes clone() const;
    [[nodiscard]] bool equals(QByteArrayView other) const;

private:
    void reserve(std::size_t capacity);
    void release();

    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Zeroes what `bytes` holds and empties it. Only a buffer this QByteArray alone refers to is
// written over (writing to a shared one would detach and zero a fresh copy instead); keep one
// reference to personal data and call this on it.
void wipeInPlace(QByteArray& bytes);

} // namespace bt::eid
