#pragma once

namespace bt::widgets {

// What a citizen chose for the look: text size and contrast. Plain data without Qt Widgets, so
// that the session and the configuration can hold it; widgets/theme turns it into a Theme.
enum class TextSize
{
    Normal,
    Large,
    ExtraLarge,
};

enum class Contrast
{
    Standard,
    High,
};

struct ThemeSettings
{
    TextSize textSize = TextSize::Normal;
    Contrast contrast = Contrast::Standard;

    friend bool operator==(const ThemeSettings&, const ThemeSettings&) = default;
};

} // namespace bt::widgets
