#pragma once

#include <QObject>

class QKeyEvent;

namespace bt::app {

// Keeps a citizen inside the terminal: swallows, application-wide, the keys that close or
// leave a window (Alt+F4, Ctrl+Q, Ctrl+W, Escape, anything with the Windows/Super key,
// Ctrl+Alt combinations), context menus, and drag and drop. Also the editing keys that reach
// what another citizen typed or copied: undo, redo, cut, copy, paste, select all (in every
// binding, Shift+Insert too), and the middle mouse button that pastes the X11 selection. And
// mnemonics: Alt+key presses no button (a tile's "&" would otherwise make one).
class KioskLockdown : public QObject
{
    Q_OBJECT
public:
    explicit KioskLockdown(QObject* parent = nullptr);

    [[nodiscard]] static bool isEscapeKey(const QKeyEvent& event);
    [[nodiscard]] static bool isEditingKey(const QKeyEvent& event);
    [[nodiscard]] int blockedCount() const { return m_blocked; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int m_blocked = 0;
};

} // namespace bt::app
