#include "StartOverOverlay.h"

namespace bt::app {

StartOverOverlay::StartOverOverlay(QWidget* parent)
    : ConfirmOverlay(parent, [] {
        return Texts{tr("Cancel and start over?"),
                     tr("Everything you have entered will be deleted."),
                     //: Start over: the button that throws away what was entered.
                     tr("Delete everything"),
                     //: Start over: the button that goes back to the entries, unchanged.
                     tr("Keep my entries")};
    })
{
    setObjectName(QStringLiteral("startOverOverlay"));
}

} // namespace bt::app
