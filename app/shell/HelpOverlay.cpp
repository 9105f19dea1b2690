#include "HelpOverlay.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::app {

HelpOverlay::HelpOverlay(QString serviceDesk, QWidget* parent)
    : OverlayPanel(parent)
    , m_serviceDesk(std::move(serviceDesk))
    , m_title(new QLabel(card()))
    , m_howTo(new QLabel(card()))
    , m_personalHelp(new QLabel(card()))
    , m_closeButton(new QPushButton(card()))
{
    setObjectName(QStringLiteral("helpOverlay"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_howTo->setWordWrap(true);
    m_personalHelp->setWordWrap(true);
    m_personalHelp->setObjectName(QStringLiteral("personalHelp"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setProperty("role", QStringLiteral("primary"));
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_howTo);
    cardLayout()->addWidget(m_personalHelp);
    cardLayout()->addWidget(m_closeButton);
    connect(m_closeButton, &QPushButton::clicked, this, &HelpOverlay::close);
    retranslate();
}

void HelpOverlay::retranslate()
{
    m_title->setText(tr("Help"));
    m_howTo->setText(tr("Touch a topic to see what you can do here. “Back” returns to the previous page. "
                        "“Cancel and start over” deletes everything you have entered. "
                        "At the top you can change the language, the text size and the contrast."));
    m_personalHelp->setText(tr("Our staff will gladly help you in person: %1").arg(m_serviceDesk));
    m_closeButton->setText(tr("Close"));
}

} // namespace bt::app
