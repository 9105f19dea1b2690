#pragma once

#include <QPixmap>
#include <QString>

namespace bt::app {

// The town's arms from the configured file, or the shipped neutral shield.
[[nodiscard]] QPixmap coatOfArms(const QString& configuredPath, int height, qreal devicePixelRatio);
// What a screen reader says for the arms, in the current language: "Wappen von Musterstadt".
[[nodiscard]] QString coatOfArmsName(const QString& townName);

} // namespace bt::app
