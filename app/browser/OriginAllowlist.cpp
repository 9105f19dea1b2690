#include "OriginAllowlist.h"


#include <algorithm>

namespace bt::app {

namespace {

int defaultPort(const QString& scheme)
{
    return scheme == u"https" ? 443 : 80;
}

// WebSockets are checked against the origin of the page protocol they belong to.
QString pageScheme(const QString& scheme)
{
    if (scheme == u"wss") {
        return QStringLiteral("https");
    }
    if (scheme == u"ws") {
        return QStringLiteral("http");
    }
    return scheme;
}

// Host names compare without a trailing root dot ("example.de." is "example.de").
QString normalisedHost(const QUrl& url)
{
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(u'.')) {
        host.chop(1);
    }
    return host;
}

// QUrl has checked the address already: an IPv6 one keeps its colons, an IPv4 one is all digits.
bool isAddress(const QString& host)
{
    if (host.contains(u':')) {
        return true;
    }
    const QStringList labels = host.split(u'.');
    return std::all_of(labels.begin(), labels.end(), [](const QString& label) {
        return !label.isEmpty() && std::all_of(label.begin(), label.end(), [](QChar c) { return c.isDigit(); });
    });
}

} // namespace

std::optional<OriginAllowlist> OriginAllowlist::parse(const QString& entries, Failure* failure)
{
    OriginAllowlist allowlist;
    for (const QString& part : entries.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        const auto fail = [&](const QString& why) {
            *failure =
                Failure(Failure::Code::Browser_AllowlistEntryInvalid, QStringLiteral("\"%1\" %2").arg(entry, why));
            return std::nullopt;
        };
        Origin origin;
        QString text = entry;
        const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
        if (schemeEnd < 0) {
            return fail(QStringLiteral("is not an origin like https://www.example.de"));
        }
        if (text.mid(schemeEnd + 3).startsWith(QStringLiteral("*."))) {
            origin.subdomains = true;
            text.remove(schemeEnd + 3, 2);
        }
        if (text.contains(u'*')) {
            return fail(QStringLiteral("may hold a wildcard only as \"*.\" in front of a domain name, "
                                       "like https://*.example.de"));
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return fail(QStringLiteral("is not an origin like https://www.example.de"));
        }
        if (origin.subdomains && isAddress(normalisedHost(url))) {
            return fail(QStringLiteral("puts a wildcard in front of an address; \"*.\" goes with domain names only"));
        }
        if (origin.subdomains && !normalisedHost(url).contains(u'.')) {
            return fail(QStringLiteral("puts a wildcard in front of a whole top-level domain; name the domain, "
                                       "like https://*.example.de"));
        }
        origin.scheme = url.scheme().toLower();
        if (origin.scheme != u"https" && origin.scheme != u"http") {
            return fail(QStringLiteral("must start with https:// (or http://)"));
        }
        if (!url.path().isEmpty() && url.path() != u"/") {
            return fail(QStringLiteral("has a path; list the origin only (scheme, host, port)"));
        }
        if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
            return fail(QStringLiteral("may hold only scheme, host and port"));
        }
        origin.host = normalisedHost(url);
        origin.port = url.port(defaultPort(origin.scheme));
        allowlist.m_origins.push_back(origin);
    }
    return allowlist;
}

bool OriginAllowlist::matches(const Origin& origin, const QString& scheme, const QString& host, int port)
{
    if (scheme != origin.scheme || port != origin.port) {
        return false;
    }
    if (origin.subdomains) {
        return host.endsWith(u'.' + origin.host);
    }
    return host == origin.host;
}

bool OriginAllowlist::allows(const QUrl& url) const
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = pageScheme(url.scheme().toLower());
    if (scheme != u"https" && scheme != u"http") {
        return false;
    }
    const QString host = normalisedHost(url);
    const int port = url.port(defaultPort(scheme));
    for (const Origin& origin : m_origins) {
        if (matches(origin, scheme, host, port)) {
            return true;
        }
    }
    return false;
}

QStringList OriginAllowlist::entries() const
{
    QStringList result;
    for (const Origin& origin : m_origins) {
        // An IPv6 address is written in brackets, as in the URL.
        const QString name = origin.host.contains(u':') ? u'[' + origin.host + u']' : origin.host;
        const QString host = origin.subdomains ? QStringLiteral("*.") + name : name;
        const bool defaultPortUsed = origin.port == defaultPort(origin.scheme);
        result.append(defaultPortUsed ? QStringLiteral("%1://%2").arg(origin.scheme, host)
                                      : QStringLiteral("%1://%2:%3").arg(origin.scheme, host).arg(origin.port));
    }
    return result;
}

} // namespace bt::app
