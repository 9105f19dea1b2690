// The browser's proxy reads request heads from whatever connects to its loopback port: any bytes
// must give one request or a reason, never a crash, and a passed-on head keeps the proxy's rules.
#include "ProxyRequest.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray problem;
    const QByteArrayView head(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::optional<bt::app::ProxyRequest> request = bt::app::ProxyRequest::parse(head, &problem);
    if (request.has_value() == !problem.isEmpty()) {
        std::abort(); // a request and a reason, or neither
    }
    if (request && (request->host.isEmpty() || request->port == 0)) {
        std::abort();
    }
    if (request && request->kind == bt::app::ProxyRequest::Kind::Http &&
        (!request->forwardHead.endsWith("Connection: close\r\n\r\n") ||
         request->forwardHead.toLower().contains("\nproxy-"))) {
        std::abort(); // one request per connection, no proxy headers for the server
    }
    return 0;
}
