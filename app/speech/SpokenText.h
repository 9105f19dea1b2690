#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bt::app {

// What the terminal's own voice says of what is on screen, read from the widgets and their
// accessible interfaces (the names the accessibility audit checks), never through AT-SPI: the
// kiosk may run on a platform without it.
class SpokenText
{
    Q_DECLARE_TR_FUNCTIONS(bt::app::SpokenText)

public:
    // The visible texts of a screen or an overlay in reading order (title, headings, paragraphs,
    // messages), not those of its buttons and fields, which are said when they get the focus.
    [[nodiscard]] static QString ofRegion(const QWidget& region);
    // The element with the focus: its name, what kind of element it is, its state and value
    // ("Familienname, Eingabefeld, Pflichtangabe, Müller"). A secret (PIN) is said as one "star"
    // per digit, never the digits.
    [[nodiscard]] static QString ofFocused(const QWidget& widget);
};

} // namespace bt::app
