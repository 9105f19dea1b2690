#include "Screen.h"

#include "AccessibleControls.h"
#include "SpeechSettings.h"

#include <QEvent>
#include <QVBoxLayout>

namespace bt::app {

Screen::Screen(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    // Before the window is first shown and read: the window and its painted controls get the
    // terminal's own accessibility interfaces.
    widgets::installAccessibleControls();
    setProperty("role", QStringLiteral("page"));
    setProperty(widgets::spokenRegionProperty, true); // said when it is shown, if speech is on
    setAttribute(Qt::WA_StyledBackground);
    m_layout->setContentsMargins(56, 28, 56, 24);
    m_layout->setSpacing(16);
}

void Screen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace bt::app
