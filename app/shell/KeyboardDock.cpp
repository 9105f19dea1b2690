#include "KeyboardDock.h"

#include "OnScreenKeyboard.h"
#include "Screen.h"

#include <QApplication>
#include <QGuiApplication>
#include <QInputMethod>
#include <QScrollArea>
#include <QTimer>

#include <algorithm>

namespace bt::app {

namespace {

// The whole form field, with its question and the message under it, if it fits; the field
// being typed in in any case.
void bringIntoSight(QWidget* focus)
{
    QWidget* field = nullptr;
    for (QWidget* parent = focus->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!field && parent->property("role").toString() == QLatin1String("field")) {
            field = parent;
        }
        if (auto* page = qobject_cast<QScrollArea*>(parent)) {
            if (field && field->height() <= page->viewport()->height()) {
                const int room = page->viewport()->height() - field->height();
                page->ensureWidgetVisible(field, 16, std::min(room / 2, 16));
            } else {
                page->ensureWidgetVisible(focus, 16, 48);
            }
            return;
        }
    }
}

} // namespace

KeyboardDock::KeyboardDock(widgets::OnScreenKeyboard& keyboard,
                           QWidget& window,
                           std::function<Screen*()> currentScreen,
                           std::function<bool()> mayType)
    : QObject(&keyboard)
    , m_keyboard(keyboard)
    , m_window(window)
    , m_currentScreen(std::move(currentScreen))
    , m_mayType(std::move(mayType))
{
    m_keyboard.hide();
    // Decided once the focus has settled: switching screens passes the focus through the next
    // field in the chain for a moment, and the keyboard must not flash up.
    auto* settledFocus = new QTimer(this);
    settledFocus->setSingleShot(true);
    settledFocus->setInterval(0);
    connect(settledFocus, &QTimer::timeout, this, &KeyboardDock::update);
    const auto scheduleUpdate = [settledFocus] { settledFocus->start(); };
    connect(qApp, &QApplication::focusChanged, settledFocus, scheduleUpdate);
    // Fields inside a web page do not change the widget focus; they update the input method.
    connect(QGuiApplication::inputMethod(), &QInputMethod::cursorRectangleChanged, settledFocus, scheduleUpdate);
    connect(&m_keyboard, &widgets::OnScreenKeyboard::doneRequested, this, [this] {
        if (Screen* screen = m_currentScreen()) {
            screen->setFocus();
        }
    });
}

void KeyboardDock::hide()
{
    m_keyboard.hide();
}

void KeyboardDock::update()
{
    QWidget* focus = QApplication::focusWidget();
    const bool typing = focus && m_window.isAncestorOf(focus) && !m_keyboard.isAncestorOf(focus) &&
                        focus->testAttribute(Qt::WA_InputMethodEnabled) &&
                        focus->inputMethodQuery(Qt::ImEnabled).toBool() && m_mayType();
    if (typing == m_keyboard.isVisible()) {
        return;
    }
    m_keyboard.setVisible(typing);
    if (Screen* screen = m_currentScreen()) {
        screen->setKeyboardShown(typing);
    }
    if (typing) {
        // The keyboard took room from the page: bring the field back once the layout has followed.
        QTimer::singleShot(0, focus, [focus] { bringIntoSight(focus); });
    }
}

} // namespace bt::app
