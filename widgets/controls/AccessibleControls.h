#pragma once

namespace bt::widgets {

// Gives the controls that paint themselves what a screen reader needs to read them (Qt's own
// interfaces would read them wrongly or as a nameless filler):
// - TileButton, ChoiceTile and TextButton are read by their text exactly as painted. Qt's button
//   interface takes an "&" as a shortcut marker and drops it ("Arbeit & Ruhestand" was read as
//   "Arbeit  Ruhestand"); these buttons draw the "&", so it is part of the name. Pressing or
//   toggling one through the interface clicks it, as a tap does; a read-only choice offers neither.
// - QrCode and StatusIcon are pictures with the name they set.
// - A window that is a plain QWidget (the kiosk window) is a window named by its title, not a
//   filler.
// Installs a QAccessible factory, once; the constructors of these widgets and of the kiosk's
// screens call it, so every program and test that shows them gets it.
void installAccessibleControls();

} // namespace bt::widgets
