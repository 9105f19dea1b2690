#pragma once

#include "OverlayPanel.h"

class QLabel;
class QPushButton;

namespace bt::app {

class StaffCall;

// How to use the terminal, where to find a person who helps, and, where the town hall has a
// call system, a button that calls staff to the terminal.
class HelpOverlay : public widgets::OverlayPanel
{
    Q_OBJECT
public:
    enum class CallState
    {
        Unavailable, // no call system configured: no button
        Ready,
        Calling,
        Called,
        Failed,
    };

    // staffCall: the town hall's call system; null for none (no button).
    HelpOverlay(QString serviceDesk, StaffCall* staffCall, QWidget* parent);

    void setCallState(CallState state);
    [[nodiscard]] CallState callState() const { return m_callState; }
    [[nodiscard]] QPushButton* callButton() const { return m_callButton; }
    [[nodiscard]] QString callStatusText() const;

Q_SIGNALS:
    void staffCallRequested();

protected:
    void retranslate() override;

private:
    QString m_serviceDesk;
    CallState m_callState;
    QLabel* m_title;
    QLabel* m_howTo;
    QLabel* m_personalHelp;
    QPushButton* m_callButton;
    QLabel* m_callStatus;
    QPushButton* m_closeButton;
};

} // namespace bt::app
