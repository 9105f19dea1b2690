#pragma once

#include "DraftStore.h"
#include "Screen.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bt::app {

class DraftWorkflow;
class ResumeCode;

// "Antrag fortsetzen": the citizen types the code of a saved form (from the printout or the
// photo of the screen). The field groups what is typed as the code is printed, any case; the
// screen says in plain words what went wrong (a typo, the tries left, locked, expired) and never
// whether some other code exists.
class ResumeScreen : public Screen
{
    Q_OBJECT
public:
    // The code typed goes to `drafts`, which says what came of it.
    explicit ResumeScreen(DraftWorkflow& drafts, QWidget* parent = nullptr);

    void retranslate() override;
    // A new citizen: no code, no message.
    void reset() override;
    // The store's answer for the code entered; Opened is handled by the caller.
    void showOutcome(const DraftOpening& opening, int keepDays);
    // The draft opened but cannot be continued (its form or service is no longer offered).
    void showCannotContinue();
    [[nodiscard]] QLineEdit* codeField() const { return m_code; }
    [[nodiscard]] QPushButton* openButton() const { return m_open; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void codeEntered(std::shared_ptr<const bt::app::ResumeCode> code);

private:
    void onEdited(const QString& typed);
    void submit();
    void setBusy(bool busy);
    void setMessage(const QString& text, bool isProblem);

    QLabel* m_title;
    QLabel* m_intro;
    QLineEdit* m_code;
    QLabel* m_message;
    QPushButton* m_open;
    bool m_busy = false;
};

} // namespace bt::app
