#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace bt::widgets {
class OnScreenKeyboard;
}

namespace bt::app {

class Screen;

// The on-screen keyboard under the current screen: shown while a field that takes text has the
// focus (a line edit, a spin box, a text field in a web page), hidden otherwise. The screen
// shrinks rather than being covered, and the field being typed in is scrolled back into sight.
class KeyboardDock : public QObject
{
    Q_OBJECT
public:
    // window: the fields it serves are inside it. currentScreen: told when the keyboard comes
    // and goes. mayType: false where no field may bring the keyboard up (the start screen).
    KeyboardDock(widgets::OnScreenKeyboard& keyboard,
                 QWidget& window,
                 std::function<Screen*()> currentScreen,
                 std::function<bool()> mayType);

    void hide();

private:
    void update();

    widgets::OnScreenKeyboard& m_keyboard;
    QWidget& m_window;
    std::function<Screen*()> m_currentScreen;
    std::function<bool()> m_mayType;
};

} // namespace bt::app
