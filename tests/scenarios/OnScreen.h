#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace bt::forms {
class FieldEditor;
class StepView;
} // namespace bt::forms

namespace bt::test {

// What a citizen can see of a widget, asked the way a finger or an eye would.

// Entirely on the screen: shown, and not cut off by the edge of its scrolling page.
[[nodiscard]] bool wholeOnScreen(const QWidget* widget);

// The question and the message under the field are both on the screen (what was typed lies
// between them).
[[nodiscard]] bool readable(const bt::forms::FieldEditor* editor);

// The widget is the outer one or lies within it.
[[nodiscard]] bool inside(const QWidget* outer, const QWidget* widget);

// The closest enclosing widget of a type, not the widget itself.
template <typename T> T* nearest(QWidget* widget)
{
    for (QWidget* up = widget ? widget->parentWidget() : nullptr; up; up = up->parentWidget()) {
        if (auto* found = qobject_cast<T*>(up)) {
            return found;
        }
    }
    return nullptr;
}

// The editors a citizen sees on the step, top to bottom.
[[nodiscard]] QList<bt::forms::FieldEditor*> shownEditors(bt::forms::StepView* view);

// "QLineEdit day in "Geburtsdatum"": a widget for a failure message.
[[nodiscard]] QString describe(const QWidget* widget);

// The lines of the step's error summary, joined, for a failure message.
[[nodiscard]] QString summaryText(bt::forms::StepView* view);

} // namespace bt::test
