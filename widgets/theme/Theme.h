#pragma once

#include "ThemeSettings.h"

#include <QColor>
#include <QSize>
#include <QString>

class QApplication;

namespace bt::widgets {

// The terminal's look: colours, type scale and touch sizes for one text size and contrast.
// Widgets pick their style by the dynamic property "role" (e.g. "primary", "tile", "heading").
class Theme
{
public:
    explicit Theme(ThemeSettings settings = {});

    [[nodiscard]] ThemeSettings settings() const { return m_settings; }
    [[nodiscard]] int bodyPixelSize() const;
    [[nodiscard]] int headingPixelSize() const;
    [[nodiscard]] int titlePixelSize() const;
    // Smallest edge of anything a finger must hit.
    [[nodiscard]] static constexpr int minimumTouchSize() { return 64; }
    // A key of the number pad: large, growing with the text size.
    [[nodiscard]] QSize numberPadKeySize() const;

    [[nodiscard]] QColor background() const;
    [[nodiscard]] QColor surface() const;
    [[nodiscard]] QColor text() const;
    [[nodiscard]] QColor accent() const;
    [[nodiscard]] QColor onAccent() const;
    [[nodiscard]] QColor border() const;
    // Errors: always together with an icon and a thick frame, never by colour alone.
    [[nodiscard]] QColor error() const;

    [[nodiscard]] QString styleSheet() const;
    // Sets palette, default font and style sheet on the whole application.
    void applyTo(QApplication& application) const;

private:
    [[nodiscard]] QString formStyleSheet() const;

    ThemeSettings m_settings;
};

} // namespace bt::widgets
