#pragma once

#include "ConfirmOverlay.h"

namespace bt::app {

// "Abbrechen und neu beginnen?": asked before everything a citizen entered is deleted.
class StartOverOverlay : public widgets::ConfirmOverlay
{
    Q_OBJECT
public:
    explicit StartOverOverlay(QWidget* parent);
};

} // namespace bt::app
