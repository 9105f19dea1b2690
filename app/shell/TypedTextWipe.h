#pragma once

class QWidget;

namespace bt::app {

// Forgets what the last citizen typed, selected or copied: the text of every editor under `root`
// with its undo and redo history and selection, and the clipboard and X11 selection, which
// outlive any widget. Called on every wipe, after the screens have reset themselves, so that an
// editor a screen forgot is emptied all the same.
void forgetTypedText(QWidget& root);

} // namespace bt::app
