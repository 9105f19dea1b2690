#pragma once

#include "Screen.h"

#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace bt::widgets {
class LanguagePicker;
}

namespace bt::app {

class LanguageManager;
struct TerminalConfig;

// The screen a terminal shows while nobody uses it: the town, an invitation to touch the
// screen in every offered language, and a button per language to start right in it.
class AttractScreen : public Screen
{
    Q_OBJECT
public:
    AttractScreen(const TerminalConfig& config, const LanguageManager& languages, QWidget* parent = nullptr);

    void retranslate() override;
    [[nodiscard]] widgets::LanguagePicker* languagePicker() const { return m_languagePicker; }

Q_SIGNALS:
    // Touched anywhere: start in the default language.
    void touched();
    void languageChosen(const QString& code);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    const LanguageManager& m_languages;
    QStringList m_offered;
    QLabel* m_crest;
    QLabel* m_town;
    QVBoxLayout* m_invitations;
    widgets::LanguagePicker* m_languagePicker;
};

} // namespace bt::app
