#pragma once

#include <QFrame>

#include <vector>

class QPushButton;

namespace bt::widgets {

// A big keypad for numbers and dates: 0–9, an optional decimal comma, and delete. Like the
// on-screen keyboard, its keys never take the focus: they type into whatever field has it,
// through the key events a real keypad sends.
class NumberPad : public QFrame
{
    Q_OBJECT
public:
    explicit NumberPad(QWidget* parent = nullptr);

    void setDecimalSeparatorVisible(bool visible);
    // The key that types `text` ("0" … "9", ","), or null.
    [[nodiscard]] QPushButton* keyFor(const QString& text) const;
    [[nodiscard]] QPushButton* deleteKey() const { return m_delete; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* addKey(const QString& text);
    void followFocus(QWidget* old, QWidget* now);
    static void sendKey(int key, const QString& text);
    void retranslate();

    std::vector<std::pair<QString, QPushButton*>> m_keys;
    QPushButton* m_comma = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace bt::widgets
