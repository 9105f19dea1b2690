#pragma once

#include "Failure.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace bt::app {

// The web origins the embedded browser may talk to, as the operator wrote them in
// terminal.conf ([browser] allowed). An entry is an origin — scheme, host and optional
// port, no path — and "*." before the host also admits every subdomain:
//   https://www.service.bund.de, https://*.nrw.de, http://127.0.0.1:8080
// Everything else is refused: other hosts, other ports, http where https was written, and
// every scheme but http(s) and ws(s). Host names compare in their ASCII (punycode) form, so
// "münchen.de" and "xn--mnchen-3ya.de" are the same host and a look-alike in another script is
// not; IPv6 addresses are written in brackets and compare as addresses ("[::1]" is
// "[0:0:0:0:0:0:0:1]"). A wildcard stands only in front of a domain of two labels or more: not
// in front of a top-level domain ("*.de"), an address, or inside a name.
class OriginAllowlist
{
public:
    OriginAllowlist() = default;

    // Parses the comma-separated list. On a bad entry returns nothing and a
    // Browser_AllowlistEntryInvalid failure that names the entry and says why.
    [[nodiscard]] static std::optional<OriginAllowlist> parse(const QString& entries, Failure* failure);

    [[nodiscard]] bool allows(const QUrl& url) const;
    [[nodiscard]] bool isEmpty() const { return m_origins.empty(); }
    [[nodiscard]] QStringList entries() const;

private:
    struct Origin
    {
        QString scheme; // http or https
        QString host;   // lower case, without the "*."
        int port = -1;  // the scheme's default port when the entry names none
        bool subdomains = false;
    };

    [[nodiscard]] static bool matches(const Origin& origin, const QString& scheme, const QString& host, int port);

    std::vector<Origin> m_origins;
};

} // namespace bt::app
