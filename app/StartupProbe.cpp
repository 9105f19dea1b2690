#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace bt::app {

StartupProbe::StartupProbe(const QElapsedTimer& sinceMain, QObject* parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
{}

void StartupProbe::watch(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // Measured when the paint event is delivered; the frame is on screen right after it.
        const double milliseconds = static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6;
        std::printf("startup_to_home_first_paint_ms %.1f\n", milliseconds);
        std::fflush(stdout);
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bt::app
