#include "CountdownOverlay.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::widgets {

CountdownOverlay::CountdownOverlay(QWidget* parent)
    : OverlayPanel(parent)
    , m_title(new QLabel(card()))
    , m_seconds(new QLabel(card()))
    , m_message(new QLabel(card()))
    , m_continueButton(new QPushButton(card()))
{
    setObjectName(QStringLiteral("countdownOverlay"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    // The seconds left as a big number: readable from a step away, and it shows time running.
    m_seconds->setObjectName(QStringLiteral("countdownSeconds"));
    m_seconds->setProperty("role", QStringLiteral("countdown"));
    m_seconds->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("countdownMessage"));
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setProperty("role", QStringLiteral("primary"));
    m_continueButton->setMinimumHeight(96);
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_seconds);
    cardLayout()->addWidget(m_message);
    cardLayout()->addWidget(m_continueButton);
    connect(m_continueButton, &QPushButton::clicked, this, &CountdownOverlay::continueRequested);
    retranslate();
}

void CountdownOverlay::setSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    m_seconds->setText(QString::number(seconds));
    m_message->setText(message());
}

QString CountdownOverlay::message() const
{
    return tr("For your privacy, everything you entered will be deleted in %n second(s).", nullptr, m_secondsLeft);
}

void CountdownOverlay::retranslate()
{
    m_title->setText(tr("Are you still there?"));
    m_message->setText(message());
    m_continueButton->setText(tr("Yes, continue"));
    m_continueButton->setAccessibleName(m_continueButton->text());
}

} // namespace bt::widgets
