#pragma once

#include "DraftWorkflow.h"
#include "OverlayPanel.h"

#include <QDate>

class QLabel;
class QPushButton;

namespace bt::widgets {
class QrCode;
}

namespace bt::app {

class Session;

// "Ihr Antrag ist gespeichert": the resume code, large and grouped, and as a QR code, with the
// date it is kept until. The citizen needs nothing else to continue; "Fertig" ends the session.
// With a printer the code is also printed; the overlay says how that went and offers printing again.
class DraftSavedOverlay : public widgets::OverlayPanel
{
    Q_OBJECT
public:
    using PrintState = DraftWorkflow::PrintState;

    // Shows the code the drafts workflow put into the context, and how printing it goes.
    DraftSavedOverlay(DraftWorkflow& drafts, const Session& session, QWidget* parent);

    void show(const QString& groupedCode, QDate keptUntil);
    // Clears the code from the screen; also done when closed.
    void forget();
    void setPrintState(PrintState state);
    [[nodiscard]] PrintState printState() const { return m_printState; }
    [[nodiscard]] QLabel* printStatus() const { return m_printStatus; }
    [[nodiscard]] QPushButton* printAgainButton() const { return m_printAgain; }
    [[nodiscard]] QString shownCode() const;
    [[nodiscard]] QPushButton* doneButton() const { return m_done; }
    [[nodiscard]] widgets::QrCode* code() const { return m_qr; }

Q_SIGNALS:
    void done();
    void printAgainRequested();
    // Each change of what the overlay says about printing, as it happens (a slip can be printed
    // within the moment it takes to look).
    void printStateChanged(bt::app::DraftWorkflow::PrintState state);

protected:
    void retranslate() override;

private:
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_code;
    widgets::QrCode* m_qr;
    QLabel* m_printStatus;
    QPushButton* m_printAgain;
    QPushButton* m_done;
    QDate m_keptUntil;
    PrintState m_printState = PrintState::NoPrinter;
};

} // namespace bt::app
