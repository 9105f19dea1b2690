#pragma once

#include "Screen.h"

class QLabel;

namespace bt::app {

class LanguageManager;

// Shown instead of the journey when the terminal cannot work (e.g. a bad terminal.conf): a calm
// notice for citizens in every shipped language, nothing more. What is wrong (file paths, parser
// messages) is for staff and goes to the log (journalctl -u buergerterminal), never to the public
// screen.
class OutOfServiceScreen : public Screen
{
    Q_OBJECT
public:
    explicit OutOfServiceScreen(const LanguageManager& languages, QWidget* parent = nullptr);

    void retranslate() override;

private:
    const LanguageManager& m_languages;
    QLabel* m_notice;
};

} // namespace bt::app
