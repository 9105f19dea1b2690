#pragma once

#include "OverlayPanel.h"

#include <functional>

class QLabel;
class QPushButton;

namespace bt::widgets {

// Asks one yes/no question. Texts come from a provider so they follow a language switch.
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

private:
    std::function<Texts()> m_texts;
    QLabel* m_title;
    QLabel* m_message;
    QPushButton* m_confirmButton;
    QPushButton* m_dismissButton;
};

} // namespace bt::widgets
