#pragma once

#include "FormWorkflow.h"
#include "JourneyContext.h"
#include "ManualClock.h"

namespace bt::test {

// A journey context with the form workflow on a manual clock: for the workflows that fill a form
// and those that sit on it (drafts).
struct FormContext : JourneyContext
{
    FormContext()
        : form(controller, clock)
    {}

    // A citizen in the Sperrmüll form (service "local:sperrmuell-abholung"), identified as far as
    // it needs, at its first step.
    void intoSperrmuell()
    {
        controller.start(QStringLiteral("de"));
        session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        controller.chooseService(sperrmuellService);
        if (!form.start(QStringLiteral("sperrmuell"))) {
            qFatal("the Sperrmüll form does not start");
        }
    }

    inline static const QString sperrmuellService = QStringLiteral("local:sperrmuell-abholung");

    ManualClock clock;
    bt::app::FormWorkflow form;
};

} // namespace bt::test
