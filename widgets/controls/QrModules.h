#pragma once

#include <QImage>
#include <QString>

namespace bt::widgets {

// The modules of a QR code (libqrencode, error correction M) as a mono image: one pixel per
// module, black on white, with the quiet zone the standard asks for. Null if the text is empty or
// does not fit. Needs no widget, so a printout can draw the same code on any thread.
[[nodiscard]] QImage qrModules(const QString& text);

} // namespace bt::widgets
