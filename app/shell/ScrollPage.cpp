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
    content->setProperty("role", QStringLiteral("page"));
    content->setAttribute(Qt::WA_StyledBackground);
    viewport()->setProperty("role", QStringLiteral("page"));
    viewport()->setAttribute(Qt::WA_StyledBackground);
    QScroller::grabGesture(viewport(), QScroller::LeftMouseButtonGesture);
}

} // namespace bt::app
