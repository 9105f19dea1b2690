#include "KioskLockdown.h"

#include "Logging.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>

namespace bt::app {

KioskLockdown::KioskLockdown(QObject* parent)
    : QObject(parent)
{}

bool KioskLockdown::isEscapeKey(const QKeyEvent& event)
{
    const Qt::KeyboardModifiers modifiers = event.modifiers();
    const int key = event.key();
    if (modifiers.testFlag(Qt::MetaModifier) || key == Qt::Key_Meta || key == Qt::Key_Super_L ||
        key == Qt::Key_Super_R) {
        return true;
    }
    if (modifiers.testFlag(Qt::ControlModifier) && modifiers.testFlag(Qt::AltModifier)) {
        return true;
    }
    if (modifiers.testFlag(Qt::AltModifier) && (key == Qt::Key_F4 || key == Qt::Key_Tab || key == Qt::Key_Escape)) {
        return true;
    }
    if (modifiers.testFlag(Qt::ControlModifier) && (key == Qt::Key_Q || key == Qt::Key_W || key == Qt::Key_Escape)) {
        return true;
    }
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_PowerOff:
    case Qt::Key_Suspend:
    case Qt::Key_Sleep:
    case Qt::Key_Menu:
    case Qt::Key_Context1:
    case Qt::Key_F11:
        return true;
    default:
        return false;
    }
}

bool KioskLockdown::isEditingKey(const QKeyEvent& event)
{
    for (const QKeySequence::StandardKey editing : {QKeySequence::Undo,
                                                    QKeySequence::Redo,
                                                    QKeySequence::Cut,
                                                    QKeySequence::Copy,
                                                    QKeySequence::Paste,
                                                    QKeySequence::SelectAll}) {
        if (event.matches(editing)) {
            return true;
        }
    }
    switch (event.key()) {
    case Qt::Key_Undo:
    case Qt::Key_Redo:
    case Qt::Key_Cut:
    case Qt::Key_Copy:
    case Qt::Key_Paste:
        return true;
    default:
        return false;
    }
}

bool KioskLockdown::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto& key = *static_cast<QKeyEvent*>(event);
        if (isEscapeKey(key) || isEditingKey(key)) {
            if (event->type() == QEvent::KeyPress) {
                ++m_blocked;
                qCDebug(lcAppShell) << "blocked key" << key.key();
            }
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::Shortcut:
        // A button's text with "&" ("Arbeit & Ruhestand") makes Qt register a mnemonic
        // (Alt+Space here, shared by several tiles). The terminal has no mnemonics: Alt+key on a
        // USB keyboard presses nothing.
        if (static_cast<QShortcutEvent*>(event)->key()[0].keyboardModifiers().testFlag(Qt::AltModifier)) {
            ++m_blocked;
            return true;
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        // The middle button pastes the X11 selection into a field.
        if (static_cast<QMouseEvent*>(event)->button() == Qt::MiddleButton) {
            ++m_blocked;
            event->accept();
            return true;
        }
        break;
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        ++m_blocked;
        event->ignore();
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bt::app
