#pragma once

#include "SpeechSettings.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace bt::widgets {

// Speech output, chosen with big buttons: on or off; while on, "Wiederholen", "Pause", and volume
// and pace a step at a time, each step said in words ("Lautstärke 4 von 5"), not shown by a bar
// alone.
class SpeechControls : public QWidget
{
    Q_OBJECT
public:
    explicit SpeechControls(QWidget* parent);

    void setSettings(SpeechSettings settings);
    [[nodiscard]] SpeechSettings settings() const { return m_settings; }

Q_SIGNALS:
    void settingsChosen(bt::widgets::SpeechSettings settings);
    void repeatRequested();
    void pauseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(SpeechSettings settings);
    void retranslate();

    SpeechSettings m_settings;
    QLabel* m_heading;
    QPushButton* m_onOff;
    QPushButton* m_repeat;
    QPushButton* m_pause;
    QPushButton* m_quieter;
    QLabel* m_volume;
    QPushButton* m_louder;
    QPushButton* m_slower;
    QLabel* m_rate;
    QPushButton* m_faster;
};

} // namespace bt::widgets
