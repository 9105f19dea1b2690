#pragma once

#include <QPixmap>
#include <QString>

namespace bt::app {

// The town's arms from the configured file, or the shipped neutral shield.
[[nodiscard]] QPixmap coatOfArms(const QString& configuredPath, int height, qreal devicePixelRatio);

} // namespace bt::app
