#include "ConfirmOverlay.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::widgets {

ConfirmOverlay::ConfirmOverlay(QWidget* parent, std::function<Texts()> texts)
    : OverlayPanel(parent)
    , m_texts(std::move(texts))
    , m_title(new QLabel(card()))
    , m_message(new QLabel(card()))
    , m_confirmButton(new QPushButton(card()))
    , m_dismissButton(new QPushButton(card()))
    , m_buttons(new QBoxLayout(QBoxLayout::LeftToRight))
{
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_message->setWordWrap(true);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    // The safe choice is the prominent one.
    m_dismissButton->setProperty("role", QStringLiteral("primary"));
    m_buttons->setSpacing(24);
    m_buttons->addWidget(m_confirmButton, 1);
    m_buttons->addWidget(m_dismissButton, 1);
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_message);
    cardLayout()->addLayout(m_buttons);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        close();
        Q_EMIT confirmed();
    });
    connect(m_dismissButton, &QPushButton::clicked, this, &ConfirmOverlay::close);
    retranslate();
}

void ConfirmOverlay::retranslate()
{
    const Texts texts = m_texts();
    m_title->setText(texts.title);
    m_message->setText(texts.message);
    m_confirmButton->setText(texts.confirm);
    m_dismissButton->setText(texts.dismiss);
    updateDirection();
}

void ConfirmOverlay::resizeEvent(QResizeEvent* event)
{
    OverlayPanel::resizeEvent(event);
    updateDirection();
}

void ConfirmOverlay::updateDirection()
{
    // Side by side where both labels fit the card (its width is fixed, OverlayPanel), else one
    // above the other with the safe choice on top: a label is never cut off.
    const QMargins margins = cardLayout()->contentsMargins();
    const int available = card()->minimumWidth() - margins.left() - margins.right();
    // The row gives each answer an equal half: side by side only if each label fits its half
    // (which also means both fit the row).
    const int half = (available - m_buttons->spacing()) / 2;
    const bool fits = m_confirmButton->sizeHint().width() <= half && m_dismissButton->sizeHint().width() <= half;
    m_buttons->setDirection(fits ? QBoxLayout::LeftToRight : QBoxLayout::BottomToTop);
}

} // namespace bt::widgets
