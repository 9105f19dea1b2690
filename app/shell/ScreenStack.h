#pragma once

#include <QStackedWidget>

namespace bt::app {

// The screens of the kiosk, one at a time. Unlike QStackedWidget it asks only as much room
// as the screen on show needs, not the most any screen needs, so the on-screen keyboard
// fits beside the search even though the start screen is tall.
class ScreenStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit ScreenStack(QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    // Screens scroll; their height never depends on the width (which would let a tall page
    // stretch the kiosk window beyond the screen).
    [[nodiscard]] bool hasHeightForWidth() const override { return false; }
};

} // namespace bt::app
