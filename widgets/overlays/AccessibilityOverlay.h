#pragma once

#include "OverlayPanel.h"
#include "SpeechSettings.h"
#include "Theme.h"

#include <vector>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace bt::widgets {

class SpeechControls;

// The reading aids: text size (three steps) and contrast, chosen with big buttons, the change
// shown at once; and speech output (SpeechControls).
class AccessibilityOverlay : public OverlayPanel
{
    Q_OBJECT
public:
    explicit AccessibilityOverlay(QWidget* parent);

    void setSettings(ThemeSettings settings);
    void setSpeechSettings(SpeechSettings settings);
    [[nodiscard]] QPushButton* textSizeButton(TextSize size) const;
    [[nodiscard]] QPushButton* contrastButton(Contrast contrast) const;

Q_SIGNALS:
    void settingsChosen(bt::widgets::ThemeSettings settings);
    void speechChosen(bt::widgets::SpeechSettings settings);
    void speechRepeatRequested();
    void speechPauseRequested();

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateMarks();
    void updateDirections();
    void choose(ThemeSettings settings);

    ThemeSettings m_settings;
    QBoxLayout* m_columns = nullptr; // the look and speech, side by side or one under the other
    QBoxLayout* m_sizeRow = nullptr;
    QBoxLayout* m_contrastRow = nullptr;
    QLabel* m_title;
    QLabel* m_textSizeLabel;
    QLabel* m_contrastLabel;
    std::vector<std::pair<TextSize, QPushButton*>> m_sizeButtons;
    std::vector<std::pair<Contrast, QPushButton*>> m_contrastButtons;
    SpeechControls* m_speech;
    QPushButton* m_doneButton;
};

} // namespace bt::widgets
