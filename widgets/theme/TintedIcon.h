#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace bt::widgets {

// Renders a single-colour SVG pictogram in the theme's colour, so one icon set serves
// every contrast mode. Returns a null pixmap if the file is missing or not valid SVG.
[[nodiscard]] QPixmap tintedIcon(const QString& svgPath, int edge, const QColor& color, qreal devicePixelRatio = 1.0);

} // namespace bt::widgets
