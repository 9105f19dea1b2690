#include "OverlayPanel.h"

#include "SpeechSettings.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace bt::widgets {

OverlayPanel::OverlayPanel(QWidget* parent)
    : QWidget(parent)
    , m_card(new QFrame(this))
    , m_cardLayout(new QVBoxLayout(m_card))
{
    setProperty("role", QStringLiteral("backdrop"));
    setProperty(spokenRegionProperty, true); // said when it opens, if speech is on
    setAttribute(Qt::WA_StyledBackground);
    m_card->setProperty("role", QStringLiteral("card"));
    m_card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_cardLayout->setContentsMargins(48, 40, 48, 40);
    m_cardLayout->setSpacing(24);

    // Centred by stretches, not by alignment: an aligned widget would not get the height its
    // word-wrapped texts need for the width (Qt lays aligned items out at their size hint).
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_card);
    row->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    parent->installEventFilter(this);
    hide();
}

void OverlayPanel::fitToParent()
{
    setGeometry(parentWidget()->rect());
    // A fixed width lets word-wrapped texts compute their height; a free one squeezes them.
    m_card->setFixedWidth(qMax(320, qMin(1100, width() - 80)));
}

void OverlayPanel::open()
{
    fitToParent();
    retranslate();
    raise();
    show();
    Q_EMIT opened();
}

void OverlayPanel::close()
{
    if (!isVisible()) {
        return;
    }
    hide();
    Q_EMIT closed();
}

bool OverlayPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        fitToParent();
    }
    return QWidget::eventFilter(watched, event);
}

void OverlayPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace bt::widgets
