#include "JourneyController.h"

#include "Catalog.h"
#include "IdleWatcher.h"
#include "WorkflowLogging.h"

namespace bt::app {

JourneyController::JourneyController(Journey& journey, const Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_journey(journey)
    , m_catalog(catalog)
{
    connect(&m_journey, &Journey::stepChanged, this, &JourneyController::stepChanged);
}

void JourneyController::start(const QString& language)
{
    session().setLanguage(language);
    m_journey.go(JourneyStep::Home);
}

void JourneyController::chooseThemenfeld(const QString& themenfeldId)
{
    session().setTopicId(themenfeldId);
    m_journey.go(JourneyStep::Topic);
}

bool JourneyController::chooseService(const QString& serviceKey)
{
    return selectService(serviceKey) && m_journey.go(JourneyStep::ServicePage);
}

bool JourneyController::selectService(const QString& serviceKey)
{
    const Service* service = m_catalog.find(serviceKey);
    if (!service) {
        qCWarning(lcWorkflowJourney).noquote() << "no service" << serviceKey << "in the catalog";
        return false;
    }
    session().setService(service->key, service->trustLevel);
    return true;
}

void JourneyController::openServiceIndex()
{
    m_journey.go(JourneyStep::ServiceIndex);
}

void JourneyController::openResumeDraft()
{
    m_journey.go(JourneyStep::ResumeDraft);
}

bool JourneyController::go(JourneyStep step)
{
    return m_journey.go(step);
}

void JourneyController::back()
{
    m_journey.back();
}

void JourneyController::requestStartOver()
{
    if (m_journey.step() == JourneyStep::Attract) {
        return;
    }
    if (!session().hasProgress() && m_journey.step() == JourneyStep::Home) {
        cancel();
        return;
    }
    Q_EMIT confirmationNeeded();
}

void JourneyController::cancel()
{
    m_journey.wipe(Journey::WipeReason::Cancelled);
}

void JourneyController::timeOut()
{
    m_journey.wipe(Journey::WipeReason::IdleTimeout);
}

void JourneyController::finish()
{
    m_journey.wipe(Journey::WipeReason::Finished);
}

void JourneyController::endWhenIdle(IdleWatcher& watcher)
{
    connect(&watcher, &IdleWatcher::timedOut, this, &JourneyController::timeOut);
    connect(this, &JourneyController::stepChanged, &watcher, [&watcher](JourneyStep step) {
        watcher.setActive(step != JourneyStep::Attract);
    });
    watcher.setActive(step() != JourneyStep::Attract);
}

void JourneyController::shutDown()
{
    if (m_journey.step() != JourneyStep::Attract) {
        m_journey.wipe(Journey::WipeReason::Shutdown);
    }
}

} // namespace bt::app
