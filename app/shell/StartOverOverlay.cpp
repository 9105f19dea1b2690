#include "StartOverOverlay.h"

namespace bt::app {

StartOverOverlay::StartOverOverlay(QWidget* parent)
    : ConfirmOverlay(parent, [] {
        return Texts{tr("Cancel and start over?"),
                     tr("Everything you have entered will be deleted."),
                     tr("Yes, delete everything"),
                     tr("No, go on")};
    })
{
    setObjectName(QStringLiteral("startOverOverlay"));
}

} // namespace bt::app
