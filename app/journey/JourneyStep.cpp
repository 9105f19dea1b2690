#include "JourneyStep.h"

namespace bt::app {

QString stepName(JourneyStep step)
{
    switch (step) {
    case JourneyStep::Attract:
        return QStringLiteral("Attract");
    case JourneyStep::Home:
        return QStringLiteral("Home");
    case JourneyStep::Topic:
        return QStringLiteral("Topic");
    case JourneyStep::ServiceIndex:
        return QStringLiteral("ServiceIndex");
    case JourneyStep::SearchResults:
        return QStringLiteral("SearchResults");
    case JourneyStep::ResumeDraft:
        return QStringLiteral("ResumeDraft");
    case JourneyStep::ServicePage:
        return QStringLiteral("ServicePage");
    case JourneyStep::OnlineService:
        return QStringLiteral("OnlineService");
    case JourneyStep::Identification:
        return QStringLiteral("Identification");
    case JourneyStep::Form:
        return QStringLiteral("Form");
    case JourneyStep::Evidence:
        return QStringLiteral("Evidence");
    case JourneyStep::Review:
        return QStringLiteral("Review");
    case JourneyStep::Payment:
        return QStringLiteral("Payment");
    case JourneyStep::Submission:
        return QStringLiteral("Submission");
    case JourneyStep::Receipt:
        return QStringLiteral("Receipt");
    }
    return QStringLiteral("Unknown");
}

} // namespace bt::app
