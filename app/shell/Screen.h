#pragma once

#include <QWidget>

class QVBoxLayout;

namespace bt::app {

// One page of the kiosk (start screen, home, topic, …). Retranslates itself when the
// language changes.
class Screen : public QWidget
{
    Q_OBJECT
public:
    explicit Screen(QWidget* parent = nullptr);

    // Fills the texts in the current language. Called on QEvent::LanguageChange and on show.
    virtual void retranslate() = 0;
    // The on-screen keyboard takes the lower part of the screen while the citizen types: a
    // screen may fold away what is not needed for typing, so the field and its message stay in sight.
    virtual void setKeyboardShown(bool shown) { Q_UNUSED(shown); }
    // The session ended: whatever the screen shows or was typed into it of the last citizen goes.
    virtual void reset() {}

protected:
    void changeEvent(QEvent* event) override;
    [[nodiscard]] QVBoxLayout* pageLayout() const { return m_layout; }

private:
    QVBoxLayout* m_layout;
};

} // namespace bt::app
