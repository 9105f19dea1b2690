#pragma once

#include "BrowserWorkflow.h"
#include "DraftWorkflow.h"
#include "FormWorkflow.h"
#include "JourneyController.h"

namespace bt::app {

// Every workflow of the citizen's journey, over one context (the Journey's Session). The
// terminal's composition (app/main.cpp, the staff tools' screenshots, the tests) builds one and
// hands it to the window, whose screens send their intents to it.
struct Workflows
{
    Workflows(Journey& journey,
              const Catalog& catalog,
              const Clock& clock,
              IdleWatcher& idleWatcher,
              OriginAllowlist browserAllowlist)
        : journey(journey, catalog)
        , form(this->journey, clock)
        , drafts(this->journey, form, catalog, clock)
        , browser(this->journey, std::move(browserAllowlist))
    {
        this->journey.endWhenIdle(idleWatcher);
    }

    JourneyController journey;
    FormWorkflow form;
    DraftWorkflow drafts;
    BrowserWorkflow browser;
};

} // namespace bt::app
