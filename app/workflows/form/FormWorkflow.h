#pragma once

#include "JourneyStep.h"
#include "StepAnswers.h"
#include "StepCheck.h"

#include <QObject>

#include <memory>

namespace bt::eid {
class SecureBytes;
}

namespace bt::app {

class Clock;
class JourneyController;
class Session;

// Filling a form: opens the chosen service's form in the context (Session::form(), from the
// shipped forms), fills in and locks what the ID card gives, moves between the steps with what
// the citizen typed, and hands the answers over for "Später fortsetzen". The form screen shows
// the context's current step and sends the step's content back with each intent; whether a step is
// complete is decided here (the form's step check against today's date), the screen shows why not.
class FormWorkflow : public QObject
{
    Q_OBJECT
public:
    FormWorkflow(JourneyController& journey, const Clock& clock, QObject* parent = nullptr);

    // "Jetzt beginnen": the form of the chosen service. The form already open (resumed, or left
    // with "back") goes on with its answers. False if the journey refuses the form or it cannot be read.
    bool start(const QString& formId);
    // A draft's answers (the submission format) for its form; the answers stay in the context
    // only. False, nothing open and a logged reason if the form is not shipped any more or the
    // answers do not fit it. Then the form, or first the service page when the citizen must
    // identify again.
    bool resume(const QString& formId, const QString& serviceKey, QByteArrayView saved, const QString& draftId);

    // "Weiter": keeps the step's answers; when the step is complete, shows the next step or the
    // review, otherwise stays and says what must be mended (stepIncomplete).
    void next(const forms::StepContent& content);
    // "Zurück": keeps what was typed, checked or not: nothing a citizen entered is lost.
    void previous(const forms::StepContent& content);
    // "Ändern" at the review.
    void edit(int step);
    // "Später fortsetzen": keeps the step's answers and hands all of them over, sealed in memory
    // that is zeroed when released (draftReady). False when an answer does not fit its field yet
    // (a date without its year): then stepIncomplete says what is wrong with the step.
    bool saveForLater(const forms::StepContent& content);
    // The same from the review, where every answer is already kept.
    bool saveForLater();

Q_SIGNALS:
    // The context's current step changed (another step, another form): the screen rebuilds it.
    void stepChanged();
    void draftReady(std::shared_ptr<const bt::eid::SecureBytes> answers);
    // The step on screen cannot be left forward yet: what to mend, where (none stays hidden).
    void stepIncomplete(const std::vector<bt::forms::StepProblem>& problems);

private:
    [[nodiscard]] Session& session() const;
    void lockIdentityAnswers();
    void showStep(int index);

    JourneyController& m_journey;
    const Clock& m_clock;
};

} // namespace bt::app
