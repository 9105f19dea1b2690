#include "ScreenStack.h"

#include <QLayout>

namespace bt::app {

ScreenStack::ScreenStack(QWidget* parent)
    : QStackedWidget(parent)
{
    // Otherwise the stacked layout fixes the minimum at the largest page's.
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize ScreenStack::sizeHint() const
{
    const QWidget* current = currentWidget();
    return current ? current->sizeHint() : QStackedWidget::sizeHint();
}

QSize ScreenStack::minimumSizeHint() const
{
    const QWidget* current = currentWidget();
    return current ? current->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

} // namespace bt::app
