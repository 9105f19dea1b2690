#pragma once

#include <QFrame>

#include <vector>

class QPushButton;

namespace bt::widgets {

// A German (QWERTZ) keyboard on the screen for terminals without a physical one. Its keys
// never take the focus: they type into whatever text field has it, through the same key
// events a real keyboard sends, so line edits, spin boxes and web pages all understand them.
// Shift applies to the next letter only, as on a phone.
class OnScreenKeyboard : public QFrame
{
    Q_OBJECT
public:
    explicit OnScreenKeyboard(QWidget* parent = nullptr);

    // The key that types `text` (as labelled, e.g. "a", "ß", "@"), or null.
    [[nodiscard]] QPushButton* keyFor(const QString& text) const;
    [[nodiscard]] QPushButton* shiftKey() const { return m_shift; }
    [[nodiscard]] QPushButton* backspaceKey() const { return m_backspace; }
    [[nodiscard]] QPushButton* spaceKey() const { return m_space; }
    [[nodiscard]] QPushButton* doneKey() const { return m_done; }
    [[nodiscard]] bool isShifted() const { return m_shifted; }

Q_SIGNALS:
    // "Done": the citizen has finished typing.
    void doneRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* addKey(const QString& text);
    void type(const QString& text);
    void sendKey(int key, const QString& text);
    void setShifted(bool shifted);
    void retranslate();

    std::vector<std::pair<QString, QPushButton*>> m_characterKeys; // lower-case text, key
    QPushButton* m_shift;
    QPushButton* m_backspace;
    QPushButton* m_space;
    QPushButton* m_done;
    bool m_shifted = false;
};

} // namespace bt::widgets
