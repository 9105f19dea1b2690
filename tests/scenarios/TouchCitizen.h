#pragma once

#include "TerminalFixture.h"
#include "ThemeSettings.h"

#include <QPoint>
#include <QString>
#include <QTest>

#include <memory>

class QPushButton;
class QWidget;

namespace bt::app {
class FormScreen;
class KioskWindow;
} // namespace bt::app

namespace bt::forms {
class DateTimeEditor;
class FieldEditor;
} // namespace bt::forms

namespace bt::widgets {
class OnScreenKeyboard;
} // namespace bt::widgets

// A helper's QVERIFY ends only the helper: the caller stops too once the test has failed.
#define TOUCH(call)                                                                                                    \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

namespace bt::test {

// A citizen at the terminal, reaching it with a finger only: taps on what is on the screen
// (scrolled to first, and never through a keyboard or header lying over it), letters on the
// on-screen keyboard, digits on a field's number pad. It owns the terminal it stands at. A test
// owns one; every call may fail the test, so call them with TOUCH.
class TouchCitizen
{
public:
    enum class Hold
    {
        Short, // a quick tap: released before a scrolling page passes the press on
        Long,  // the finger rests until the scrolling page has passed the press on
    };

    TouchCitizen();
    ~TouchCitizen();
    TouchCitizen(const TouchCitizen&) = delete;
    TouchCitizen& operator=(const TouchCitizen&) = delete;

    // A fresh terminal, its start screen touched; the window is the active one, so the keys of
    // the keyboard and the pad reach its focused widget.
    void walkUp();
    // Identified as far as every form needs (the ID card comes with its own issue), in the
    // language and look given, "Jetzt beginnen" tapped on the service's page.
    void startForm(const QString& serviceKey, const QString& language, bt::widgets::ThemeSettings theme);

    void tap(QWidget* target, QPoint at = {}, Hold hold = Hold::Short);
    // Into the field that has the focus: shift before a capital letter (it applies to one
    // letter), the space bar for spaces.
    void typeOnKeyboard(const QString& text);
    // A key of the field's number pad, tapped while the focus is in the field.
    void pressPadKey(bt::forms::FieldEditor* editor, QPushButton* key);
    void typeOnPad(bt::forms::FieldEditor* editor, const QString& keys);
    // Emptied with the pad's delete key, from the end of the year backwards: the delete key goes
    // on into the month and the day by itself.
    void clearDate(bt::forms::DateTimeEditor* editor);

    [[nodiscard]] TerminalFixture& terminal() const { return *m_terminal; }
    [[nodiscard]] bt::app::KioskWindow& window() const { return *m_terminal->window; }
    [[nodiscard]] bt::app::FormScreen& form() const { return *m_terminal->formScreen(); }
    [[nodiscard]] bt::widgets::OnScreenKeyboard* keyboard() const { return m_terminal->keyboard(); }
    [[nodiscard]] int taps() const { return m_taps; }

private:
    std::unique_ptr<TerminalFixture> m_terminal;
    int m_taps = 0;
};

} // namespace bt::test
