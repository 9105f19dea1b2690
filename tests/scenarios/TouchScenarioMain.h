#pragma once

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace bt::test {

// The offscreen platform has one screen of 800×800; the kiosk window is 1920×1080. The scrolling
// page delays a press and delivers it again to the widget at its global position, which outside
// that screen is nothing: a touch scenario gets a screen of the kiosk's size. Lives until the
// application has read it.
class KioskSizedScreen
{
public:
    KioskSizedScreen()
    {
        if (qgetenv("QT_QPA_PLATFORM") != "offscreen" || !m_folder.isValid()) {
            return;
        }
        QFile config(m_folder.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(R"({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            config.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
        }
    }

private:
    QTemporaryDir m_folder;
};

} // namespace bt::test

// main() of a touch scenario: the kiosk-sized screen, then the test.
#define BT_TOUCH_SCENARIO_MAIN(TestObject)                                                                             \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        const bt::test::KioskSizedScreen screen;                                                                       \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject test;                                                                                               \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
