#pragma once

class QWidget;

namespace bt::forms {

// Shows or hides a child widget, but only when that changes anything. QWidget::setVisible(true)
// polishes the widget with the application style sheet and lays it out at once, even while its
// parent is still hidden; a step is built off screen and then put into its scrolling page, which
// polishes every widget of it again. Left alone, a new child of a hidden parent is shown with it.
void showWhen(QWidget* widget, bool shown);

// Scrolls the nearest page to the whole field (question, inputs, message) once the pending
// layouts are done (next turn of the event loop), if it fits; for a field the citizen is sent to.
void bringIntoSightLater(QWidget* field);

} // namespace bt::forms
