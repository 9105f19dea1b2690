#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

namespace bt::test {

// WCAG 2.1's relative luminance of an sRGB colour (the definition under "relative luminance").
inline double relativeLuminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

// WCAG 2.1's contrast ratio, from 1 (the same) to 21 (black and white); the order does not matter.
inline double contrastRatio(const QColor& a, const QColor& b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

} // namespace bt::test
