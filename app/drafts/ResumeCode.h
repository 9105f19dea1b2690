#pragma once

#include "SecureBytes.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace bt::app {

// The code a citizen gets for a saved draft, printed and shown as text and QR code:
// 16 characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L), shown in groups
// of four, "K7QM-X2PD-9RWT-H4NC". The first 4 name the draft in the store (not secret); the other
// 12 (about 59 bits) are the secret the draft's key is derived from. 12 and not 8: five wrong
// tries lock a draft at the terminal, but whoever copies the database file can guess offline,
// and 8 characters (40 bits) would fall to a few GPUs within the 30 days a draft is kept.
// Held in wiped memory; never logged.
class ResumeCode
{
public:
    static constexpr int idLength = 4;
    static constexpr int secretLength = 12;
    static constexpr int length = idLength + secretLength;
    static constexpr int groupLength = 4;
    static constexpr char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static constexpr int alphabetSize = sizeof(alphabet) - 1;

    // From OpenSSL's RAND_bytes; nothing if the random generator fails.
    [[nodiscard]] static std::optional<ResumeCode> generate();
    // As a citizen types it: any case, spaces and dashes anywhere. Nothing if it is not a code.
    [[nodiscard]] static std::optional<ResumeCode> parse(QStringView typed);

    // The first characters: which draft (stored in the clear).
    [[nodiscard]] QString draftId() const;
    [[nodiscard]] QByteArrayView secret() const;
    // "K7QM-X2PD-9RWT-H4NC", ASCII, for the screen, the printout and the QR code.
    [[nodiscard]] eid::SecureBytes grouped() const;
    [[nodiscard]] bool operator==(const ResumeCode& other) const { return m_code.equals(other.m_code.view()); }

private:
    explicit ResumeCode(eid::SecureBytes code);

    eid::SecureBytes m_code; // the 16 characters, upper case, no separators
};

} // namespace bt::app
