#include "ScrollPage.h"

#include <QScroller>

namespace bt::app {

ScrollPage::ScrollPage(QWidget* content, QWidget* parent)
    : QScrollArea(parent)
{
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No focus stop of its own (Qt gives a scroll area one): it would be an invisible stop between
    // the controls, read as a nameless filler. The page scrolls to whichever control inside it
    // takes the focus.
    setFocusPolicy(Qt::NoFocus);
    content->setProperty("role", QStringLiteral("page"));
    content->setAttribute(Qt::WA_StyledBackground);
    viewport()->setProperty("role", QStringLiteral("page"));
    viewport()->setAttribute(Qt::WA_StyledBackground);
    QScroller::grabGesture(viewport(), QScroller::LeftMouseButtonGesture);
}

} // namespace bt::app
