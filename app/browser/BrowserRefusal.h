#pragma once

namespace bt::app {

// What the embedded browser did not let a page do; the screen tells the citizen why.
enum class BrowserRefusal
{
    ForeignAddress, // a link, redirect or pop-up to a host that is not on the allowlist
    Download,
    FileUpload,
    Permission,  // camera, microphone, location, notifications, full screen, …
    Certificate, // the page's TLS certificate is not valid
};

} // namespace bt::app
