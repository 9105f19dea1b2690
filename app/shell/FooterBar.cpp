#include "FooterBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace bt::app {

FooterBar::FooterBar(QWidget* parent)
    : QFrame(parent)
    , m_backButton(new QPushButton(this))
    , m_startOverButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("footerBar"));
    setProperty("role", QStringLiteral("footer"));
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_startOverButton->setObjectName(QStringLiteral("startOverButton"));
    m_backButton->setMinimumWidth(240);
    m_startOverButton->setMinimumWidth(240);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 8, 32, 8);
    layout->addWidget(m_backButton);
    layout->addStretch();
    layout->addWidget(m_startOverButton);

    // Keep the place of the back button when it is hidden, so "start over" never jumps.
    QSizePolicy keep = m_backButton->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_backButton->setSizePolicy(keep);

    connect(m_backButton, &QPushButton::clicked, this, &FooterBar::backRequested);
    connect(m_startOverButton, &QPushButton::clicked, this, &FooterBar::startOverRequested);
    retranslate();
}

void FooterBar::setBackVisible(bool visible)
{
    m_backButton->setVisible(visible);
}

void FooterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void FooterBar::retranslate()
{
    //: Footer button: go to the previous page.
    m_backButton->setText(tr("‹ Back"));
    //: Footer button: cancel everything and return to the start screen.
    m_startOverButton->setText(tr("Cancel and start over"));
    m_backButton->setAccessibleName(tr("Back"));
    m_startOverButton->setAccessibleName(m_startOverButton->text());
}

} // namespace bt::app
