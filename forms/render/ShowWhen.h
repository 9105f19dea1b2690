#pragma once

class QWidget;

namespace bt::forms {

// Shows or hides a child widget, but only when that changes anything. QWidget::setVisible(true)
// polishes the widget with the application style sheet and lays it out at once, even while its
// parent is still hidden; a step is built off screen and then put into its scrolling page, which
// polishes every widget of it again. Left alone, a new child of a hidden parent is shown with it.
void showWhen(QWidget* widget, bool shown);

} // namespace bt::forms
