#pragma once

#include "OverlayPanel.h"

class QLabel;
class QPushButton;

namespace bt::widgets {

// "Are you still there?": the seconds left before the session is wiped and one big button to go on.
class CountdownOverlay : public OverlayPanel
{
    Q_OBJECT
public:
    explicit CountdownOverlay(QWidget* parent);

    void setSecondsLeft(int seconds);
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void continueRequested();

protected:
    void retranslate() override;

private:
    QLabel* m_title;
    QLabel* m_seconds;
    QLabel* m_message;
    QPushButton* m_continueButton;
    int m_secondsLeft = 0;
};

} // namespace bt::widgets
