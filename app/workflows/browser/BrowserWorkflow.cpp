#include "BrowserWorkflow.h"

#include "JourneyController.h"
#include "Session.h"
#include "WorkflowLogging.h"

namespace bt::app {

BrowserWorkflow::BrowserWorkflow(JourneyController& journey, OriginAllowlist allowlist, QObject* parent)
    : QObject(parent)
    , m_journey(journey)
    , m_allowlist(std::move(allowlist))
{
    connect(&m_journey.session(), &Session::wiped, this, [this] {
        if (m_open) {
            m_open = false;
            Q_EMIT ended();
        }
    });
}

void BrowserWorkflow::open(const QUrl& url)
{
    if (!m_allowlist.allows(url)) {
        qCWarning(lcWorkflowBrowser) << "online service not on the browser allowlist:" << url.host();
        return;
    }
    if (m_journey.step() != JourneyStep::OnlineService && !m_journey.go(JourneyStep::OnlineService)) {
        return;
    }
    m_open = true;
    Q_EMIT pageRequested(url);
}

void BrowserWorkflow::leave()
{
    m_journey.back();
}

} // namespace bt::app
