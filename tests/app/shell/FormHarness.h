#pragma once

#include "Catalog.h"
#include "FormScreen.h"
#include "FormWorkflow.h"
#include "Journey.h"
#include "JourneyController.h"
#include "ManualClock.h"
#include "ReviewScreen.h"
#include "Session.h"

namespace bt::test {

// The form screen and the review over a journey context of their own, without the rest of the
// terminal: for any schema (a form author's file), opened in the context as the form workflow
// opens a shipped one, with the journey at the form step so "Weiter" on the last step reaches
// the review.
struct FormHarness
{
    FormHarness()
        : session({QStringLiteral("de"), {}})
        , journey(session)
        , controller(journey, catalog)
        , workflow(controller, clock)
        , screen(workflow, session.form(), clock)
        , review(session.form())
    {
        session.setService(QStringLiteral("local:vorschau"), bt::app::TrustLevel::None);
        journey.go(bt::app::JourneyStep::Home);
        journey.go(bt::app::JourneyStep::ServicePage);
        journey.go(bt::app::JourneyStep::Form);
    }

    bool start(bt::forms::FormSchema schema, const QString& formId)
    {
        QString problem;
        if (!session.form().start(std::move(schema), formId, &problem)) {
            return false;
        }
        screen.showCurrentStep();
        return true;
    }

    [[nodiscard]] const bt::forms::FormInProgress& form() const { return session.form(); }

    ManualClock clock;
    bt::app::Catalog catalog;
    bt::app::Session session;
    bt::app::Journey journey;
    bt::app::JourneyController controller;
    bt::app::FormWorkflow workflow;
    bt::app::FormScreen screen;
    bt::app::ReviewScreen review;
};

} // namespace bt::test
