#include "ShowWhen.h"

#include <QCoreApplication>
#include <QEvent>
#include <QScrollArea>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace bt::forms {

void showWhen(QWidget* widget, bool shown)
{
    // isHidden() is false for a new child of a hidden parent: it appears with its parent.
    if (widget->isHidden() == shown) {
        widget->setVisible(shown);
    }
}

void bringIntoSightLater(QWidget* field)
{
    QTimer::singleShot(0, field, [field] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (QWidget* up = field->parentWidget(); up; up = up->parentWidget()) {
            if (auto* page = qobject_cast<QScrollArea*>(up)) {
                const int room = page->viewport()->height() - field->height();
                if (room >= 0) {
                    page->ensureWidgetVisible(field, 16, std::min(room / 2, 16));
                }
                return;
            }
        }
    });
}

} // namespace bt::forms
