#pragma once

#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace bt::test {

// A window as the kiosk's: a screen with a button on it, for an overlay to lie over. Touches go
// through the window as the touch screen's do, so the widget under the point gets them, not the
// one a test names.
struct HostWindow
{
    QWidget window;
    QPushButton* beneath = new QPushButton(QStringLiteral("Weiter"), &window);

    explicit HostWindow(QSize size = {1920, 1080})
    {
        beneath->setGeometry(40, 40, 320, 96);
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            qFatal("window not exposed");
        }
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window)) {
            qFatal("window not active");
        }
    }

    // A finger on the screen at a point of the window.
    void touch(QPoint at) { QTest::mouseClick(window.windowHandle(), Qt::LeftButton, {}, at); }
    void touch(const QWidget* widget) { touch(widget->mapTo(&window, widget->rect().center())); }
};

} // namespace bt::test
