#include "TypedTextWipe.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace bt::app {

void forgetTypedText(QWidget& root)
{
    // QLineEdit::clear() is an edit of its own that undo reverts; setText() starts a new history.
    for (QLineEdit* line : root.findChildren<QLineEdit*>()) {
        line->setText(QString());
    }
    for (QTextEdit* text : root.findChildren<QTextEdit*>()) {
        text->clear();
        text->document()->clearUndoRedoStacks();
    }
    for (QPlainTextEdit* text : root.findChildren<QPlainTextEdit*>()) {
        text->clear();
        text->document()->clearUndoRedoStacks();
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        clipboard->clear(QClipboard::Selection);
    }
}

} // namespace bt::app
