#pragma once

#include <QString>

namespace bt::app {

// The citizen journey of DESIGN.md, in order.
enum class JourneyStep
{
    Attract,        // "please touch the screen"; no session data
    Home,           // search, Themenfelder, Lebenslagen
    Topic,          // one Themenfeld and its Lebenslagen
    ServiceIndex,   // every service from A to Z
    SearchResults,  // results as you type
    ResumeDraft,    // "continue later": the code of a saved form
    ServicePage,    // what it is, needs, costs; who is responsible
    OnlineService,  // another authority's online service in the locked-down browser
    Identification, // up to the trust level the service needs
    Form,           // guided form, one group per step
    Evidence,       // scanner, USB stick
    Review,         // "check your answers"
    Payment,        // card terminal or cash desk
    Submission,     // encrypted delivery to the back office
    Receipt,        // printed and as QR code; then the session is wiped
};

[[nodiscard]] QString stepName(JourneyStep step);

} // namespace bt::app
