#pragma once

#include "OverlayPanel.h"

#include <functional>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace bt::widgets {

// Asks one yes/no question. Texts come from a provider so they follow a language switch. The two
// answers stand side by side, or one above the other (the safe one on top) when their labels do
// not both fit half the card.
class ConfirmOverlay : public OverlayPanel
{
    Q_OBJECT
public:
    struct Texts
    {
        QString title;
        QString message;
        QString confirm;
        QString dismiss;
    };

    ConfirmOverlay(QWidget* parent, std::function<Texts()> texts);

    [[nodiscard]] QPushButton* confirmButton() const { return m_confirmButton; }
    [[nodiscard]] QPushButton* dismissButton() const { return m_dismissButton; }

Q_SIGNALS:
    void confirmed();

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateDirection();

    std::function<Texts()> m_texts;
    QLabel* m_title;
    QLabel* m_message;
    QPushButton* m_confirmButton;
    QPushButton* m_dismissButton;
    QBoxLayout* m_buttons;
};

} // namespace bt::widgets
