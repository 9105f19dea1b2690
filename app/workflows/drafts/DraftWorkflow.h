#pragma once

#include "Printer.h"

#include <QObject>

#include <memory>

namespace bt::eid {
class SecureBytes;
}

namespace bt::app {

class Catalog;
class Clock;
class DraftService;
class FormWorkflow;
class JourneyController;
class ResumeCode;
class Session;
struct DraftOpening;

// "Später fortsetzen" and "Antrag fortsetzen": seals the form's answers in the drafts store and
// puts the code into the context (and on paper, with a printer); opens a draft with a code and
// continues its form. Sealing and opening take a moment on the store's thread: an outcome that
// arrives after its citizen has gone is dropped, so nothing of it reaches the next citizen.
//
// States (one at a time): Idle → Sealing → ShowingCode → Idle; Idle → CheckingCode → Idle.
// The session's end returns to Idle from anywhere.
class DraftWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Sealing,      // the answers are on their way to the store
        ShowingCode,  // the code is on screen (and maybe being printed)
        CheckingCode, // a typed code is being checked by the store
    };
    Q_ENUM(State)

    // How printing the code went, for the screen.
    enum class PrintState
    {
        NoPrinter,
        Printing,
        Printed,
        Failed
    };
    Q_ENUM(PrintState)

    DraftWorkflow(JourneyController& journey,
                  FormWorkflow& form,
                  const Catalog& catalog,
                  const Clock& clock,
                  QObject* parent = nullptr);
    ~DraftWorkflow() override;

    // The drafts store; without one (or once it failed) no draft can be saved or opened.
    void setStore(DraftService* store, int keepDays);
    // The terminal's printer; with it the code is also printed for the citizen.
    void setPrinter(Printer* printer);
    [[nodiscard]] bool isAvailable() const { return m_store != nullptr && m_storeWorks; }
    [[nodiscard]] int keepDays() const { return m_keepDays; }
    [[nodiscard]] State state() const { return m_state; }

    // The resume code typed on the "Antrag fortsetzen" page.
    void enterCode(std::shared_ptr<const ResumeCode> code);
    // "Noch einmal drucken".
    void printAgain();
    // The code has left the screen ("Fertig", or the session ended): it is forgotten, and a slip
    // that has not reached the printer yet is not printed.
    void closeCode();

Q_SIGNALS:
    void availabilityChanged(bool available);
    // The code is in the context (Session::draftCode()); the screen shows it.
    void codeReady();
    void printStateChanged(bt::app::DraftWorkflow::PrintState state);
    // A code was checked and did not open a form: wrong, locked, expired, or the store failed.
    void codeRefused(const bt::app::DraftOpening& opening);
    // The draft opened but its form or service is no longer offered.
    void cannotContinue();

private:
    bool moveTo(State next);
    void seal(std::shared_ptr<const eid::SecureBytes> answers);
    void onSealed(const std::shared_ptr<const ResumeCode>& code);
    void onOpened(const DraftOpening& opening);
    void print();
    void onPrintFinished(Printer::JobId job, bool printed);
    [[nodiscard]] Session& session() const;

    JourneyController& m_journey;
    FormWorkflow& m_form;
    const Catalog& m_catalog;
    const Clock& m_clock;
    DraftService* m_store = nullptr;
    bool m_storeWorks = true;
    int m_keepDays = 0;
    Printer* m_printer = nullptr;
    State m_state = State::Idle;
    QString m_requestJourney;      // the session a request in flight belongs to
    Printer::JobId m_printJob = 0; // the job whose outcome the screen waits for; 0: none
};

} // namespace bt::app
