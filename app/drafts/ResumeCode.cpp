#include "ResumeCode.h"

#include <array>

#include <openssl/rand.h>

namespace bt::app {

namespace {

bool inAlphabet(char c)
{
    for (int i = 0; i < ResumeCode::alphabetSize; ++i) {
        if (ResumeCode::alphabet[i] == c) {
            return true;
        }
    }
    return false;
}

} // namespace

ResumeCode::ResumeCode(eid::SecureBytes code)
    : m_code(std::move(code))
{}

std::optional<ResumeCode> ResumeCode::generate()
{
    // Bytes at or above the largest multiple of 31 are dropped, so every character is equally likely.
    constexpr int usable = 256 - 256 % alphabetSize;
    eid::SecureBytes code;
    std::array<unsigned char, 32> random{};
    while (code.size() < static_cast<std::size_t>(length)) {
        if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1) {
            OPENSSL_cleanse(random.data(), random.size());
            return std::nullopt;
        }
        for (const unsigned char byte : random) {
            if (byte < usable && code.size() < static_cast<std::size_t>(length)) {
                code.append(alphabet[byte % alphabetSize]);
            }
        }
    }
    OPENSSL_cleanse(random.data(), random.size());
    return ResumeCode(std::move(code));
}

std::optional<ResumeCode> ResumeCode::parse(QStringView typed)
{
    eid::SecureBytes code;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace()) {
            continue;
        }
        const char16_t upper = c.toUpper().unicode();
        if (upper > 0x7f || !inAlphabet(static_cast<char>(upper)) || code.size() >= static_cast<std::size_t>(length)) {
            return std::nullopt;
        }
        code.append(static_cast<char>(upper));
    }
    if (code.size() != static_cast<std::size_t>(length)) {
        return std::nullopt;
    }
    return ResumeCode(std::move(code));
}

QString ResumeCode::draftId() const
{
    return QString::fromLatin1(m_code.view().first(idLength));
}

QByteArrayView ResumeCode::secret() const
{
    return m_code.view().sliced(idLength);
}

eid::SecureBytes ResumeCode::grouped() const
{
    eid::SecureBytes text;
    const QByteArrayView code = m_code.view();
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % groupLength == 0) {
            text.append('-');
        }
        text.append(code.at(i));
    }
    return text;
}

} // namespace bt::app
