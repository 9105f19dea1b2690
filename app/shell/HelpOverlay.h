#pragma once

#include "OverlayPanel.h"

class QLabel;
class QPushButton;

namespace bt::app {

// How to use the terminal, and where to find a person who helps.
class HelpOverlay : public widgets::OverlayPanel
{
    Q_OBJECT
public:
    HelpOverlay(QString serviceDesk, QWidget* parent);

protected:
    void retranslate() override;

private:
    QString m_serviceDesk;
    QLabel* m_title;
    QLabel* m_howTo;
    QLabel* m_personalHelp;
    QPushButton* m_closeButton;
};

} // namespace bt::app
