#include "UserActivityFilter.h"

#include <QEvent>

namespace bt::app {

UserActivityFilter::UserActivityFilter(QObject* parent)
    : QObject(parent)
{}

bool UserActivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // An event reaches the filter once per receiver on its way up; only count it at a widget.
        if (watched->isWidgetType()) {
            Q_EMIT activity();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bt::app
