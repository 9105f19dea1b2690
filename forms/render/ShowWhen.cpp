#include "ShowWhen.h"

#include <QWidget>

namespace bt::forms {

void showWhen(QWidget* widget, bool shown)
{
    // isHidden() is false for a new child of a hidden parent: it appears with its parent.
    if (widget->isHidden() == shown) {
        widget->setVisible(shown);
    }
}

} // namespace bt::forms
