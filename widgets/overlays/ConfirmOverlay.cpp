#include "ConfirmOverlay.h"

#include <QHBoxLayout>
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
{
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_message->setWordWrap(true);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    // The safe choice is the prominent one.
    m_dismissButton->setProperty("role", QStringLiteral("primary"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addWidget(m_confirmButton, 1);
    buttons->addWidget(m_dismissButton, 1);
    cardLayout()->addWidget(m_title);
    cardLayout()->addWidget(m_message);
    cardLayout()->addLayout(buttons);
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
}

} // namespace bt::widgets
