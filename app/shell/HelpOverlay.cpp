#include "HelpOverlay.h"

#include "StaffCall.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::app {

HelpOverlay::HelpOverlay(QString serviceDesk, StaffCall* staffCall, QWidget* parent)
    : OverlayPanel(parent)
    , m_serviceDesk(std::move(serviceDesk))
    , m_callState(staffCall ? CallState::Ready : CallState::Unavailable)
    , m_title(new QLabel(card()))
    , m_howTo(new QLabel(card()))
    , m_personalHelp(new QLabel(card()))
    , m_callButton(new QPushButton(card()))
    , m_callStatus(new QLabel(card()))
    , m_closeButton(new QPushButton(card()))
{
    setObjectName(QStringLiteral("helpOverlay"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_howTo->setWordWrap(true);
    m_personalHelp->setWordWrap(true);
    m_personalHelp->setObjectName(QStringLiteral("personalHelp"));
    m_callButton->setObjectName(QStringLiteral("callStaffButton"));
    m_callButton->setProperty("role", QStringLiteral("primary"));
    m_callButton->setMinimumHeight(96);
    m_callStatus->setObjectName(QStringLiteral("callStatus"));
    m_callStatus->setProperty("role", QStringLiteral("heading"));
    m_callStatus->setWordWrap(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_howTo);
    cardLayout()->addWidget(m_personalHelp);
    cardLayout()->addWidget(m_callButton);
    cardLayout()->addWidget(m_callStatus);
    cardLayout()->addWidget(m_closeButton);
    connect(m_callButton, &QPushButton::clicked, this, &HelpOverlay::staffCallRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &HelpOverlay::close);
    if (staffCall) {
        connect(this, &HelpOverlay::staffCallRequested, staffCall, [this, staffCall] {
            setCallState(CallState::Calling);
            staffCall->call();
        });
        connect(staffCall, &StaffCall::finished, this, [this](StaffCall::Outcome outcome) {
            setCallState(outcome == StaffCall::Outcome::Delivered ? CallState::Called : CallState::Failed);
        });
    }
    retranslate();
}

void HelpOverlay::setCallState(CallState state)
{
    if (m_callState == CallState::Unavailable) {
        return;
    }
    m_callState = state;
    retranslate();
}

QString HelpOverlay::callStatusText() const
{
    switch (m_callState) {
    case CallState::Calling:
        return tr("Calling staff …");
    case CallState::Called:
        return tr("We have called our staff. Please stay at the terminal: someone will come to you.");
    case CallState::Failed:
        return tr("Sorry, the call did not go through. Please go to: %1").arg(m_serviceDesk);
    case CallState::Unavailable:
    case CallState::Ready:
        break;
    }
    return {};
}

void HelpOverlay::retranslate()
{
    m_title->setText(tr("Help"));
    m_howTo->setText(tr("Touch a topic to see what you can do here. “Back” returns to the previous page. "
                        "“Cancel and start over” deletes everything you have entered. "
                        "At the top you can change the language and the text size and contrast, and switch on reading aloud."));
    m_personalHelp->setText(tr("Our staff will gladly help you in person: %1").arg(m_serviceDesk));
    m_callButton->setText(tr("Call staff to the terminal"));
    m_callButton->setVisible(m_callState == CallState::Ready || m_callState == CallState::Calling);
    m_callButton->setEnabled(m_callState == CallState::Ready);
    m_callStatus->setText(callStatusText());
    m_callStatus->setVisible(!m_callStatus->text().isEmpty());
    m_closeButton->setText(tr("Close"));
}

} // namespace bt::app
