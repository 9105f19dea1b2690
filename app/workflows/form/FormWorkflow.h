#pragma once

#include "JourneyStep.h"
#include "StepAnswers.h"

#include <QObject>

#include <memory>

namespace bt::eid {
class SecureBytes;
}

namespace bt::app {

class JourneyController;
class Session;

// Filling a form: opens the chosen service's form in the context (Session::form(), from the
// shipped forms), fills in and locks what the ID card gives, moves between the steps with what
// the citizen typed, and hands the answers over for "Später fortsetzen". The form screen shows
// the context's current step and sends the step's content back with each intent; what makes a
// step complete is checked by the screen's editors before it asks to go on.
class FormWorkflow : public QObject
{
    Q_OBJECT
public:
    explicit FormWorkflow(JourneyController& journey, QObject* parent = nullptr);

    // "Jetzt beginnen": the form of the chosen service. The form already open (resumed, or left
    // with "back") goes on with its answers. False if the journey refuses the form or it cannot be read.
    bool start(const QString& formId);
    // A draft's answers (the submission format) for its form; the answers stay in the context
    // only. False, nothing open and a logged reason if the form is not shipped any more or the
    // answers do not fit it. Then the form, or first the service page when the citizen must
    // identify again.
    bool resume(const QString& formId, const QString& serviceKey, QByteArrayView saved, const QString& draftId);

    // "Weiter" on a complete step: keeps its answers and shows the next step or the review.
    void next(const forms::StepContent& content);
    // "Zurück": keeps what was typed, checked or not: nothing a citizen entered is lost.
    void previous(const forms::StepContent& content);
    // "Ändern" at the review.
    void edit(int step);
    // "Später fortsetzen": keeps the step's answers and hands all of them over, sealed in memory
    // that is zeroed when released (draftReady). False when an answer does not fit its field yet
    // (a date without its year): the step must show what is wrong.
    bool saveForLater(const forms::StepContent& content);
    // The same from the review, where every answer is already kept.
    bool saveForLater();

Q_SIGNALS:
    // The context's current step changed (another step, another form): the screen rebuilds it.
    void stepChanged();
    void draftReady(std::shared_ptr<const bt::eid::SecureBytes> answers);

private:
    [[nodiscard]] Session& session() const;
    void lockIdentityAnswers();
    void showStep(int index);

    JourneyController& m_journey;
};

} // namespace bt::app
