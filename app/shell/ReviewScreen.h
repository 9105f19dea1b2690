#pragma once

#include "Screen.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bt::forms {
class FormInProgress;
}

namespace bt::app {

// "Bitte prüfen Sie Ihre Angaben": every step of the form with what the citizen answered, in
// their words (Ja/Nein, 31.01.1970, the choice's name, 12,50 €), and a way back to each step.
class ReviewScreen : public Screen
{
    Q_OBJECT
public:
    explicit ReviewScreen(const forms::FormInProgress& form, QWidget* parent = nullptr);

    void retranslate() override;
    // The last citizen's answers leave the screen.
    void reset() override;
    // The text shown for one step (for tests and screen readers).
    [[nodiscard]] QString stepText(int step) const;
    // "Später fortsetzen" here too: a citizen who stops at the review keeps everything.
    void setDraftsAvailable(bool available);
    [[nodiscard]] QPushButton* laterButton() const { return m_later; }

Q_SIGNALS:
    void editRequested(int step);
    void draftRequested();

private:
    const forms::FormInProgress& m_form;
    QVBoxLayout* m_steps;
    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_later;
};

} // namespace bt::app
