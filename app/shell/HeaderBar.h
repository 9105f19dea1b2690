#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace bt::widgets {
class LanguagePicker;
}

namespace bt::app {

struct TerminalConfig;

// Top of every journey screen: the town, the language buttons, reading aids and help.
class HeaderBar : public QFrame
{
    Q_OBJECT
public:
    explicit HeaderBar(const TerminalConfig& config, QWidget* parent = nullptr);

    [[nodiscard]] widgets::LanguagePicker* languagePicker() const { return m_languagePicker; }
    [[nodiscard]] QPushButton* readingAidsButton() const { return m_readingAidsButton; }
    [[nodiscard]] QPushButton* helpButton() const { return m_helpButton; }

Q_SIGNALS:
    void languageChosen(const QString& code);
    void readingAidsRequested();
    void helpRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    // One row where everything fits; else two, so no button is ever squeezed (portrait
    // screens, large text).
    void arrange(int width);
    [[nodiscard]] int singleRowWidth() const;

    QHBoxLayout* m_firstRow;
    QHBoxLayout* m_secondRow;
    bool m_twoRows = false;

    QLabel* m_crest;
    QLabel* m_town;
    widgets::LanguagePicker* m_languagePicker;
    QPushButton* m_readingAidsButton;
    QPushButton* m_helpButton;
};

} // namespace bt::app
