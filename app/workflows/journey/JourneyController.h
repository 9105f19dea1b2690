#pragma once

#include "Journey.h"

#include <QObject>

namespace bt::app {

class Catalog;
class IdleWatcher;

// The journey's controller: what a citizen asks for on the way to a service (start, a
// Themenfeld, a service, the index, back, start over) becomes a step of the Journey, with the
// context (Session) updated first. Every step is entered through here or through another
// workflow that owns it (the form, drafts, the browser); refused steps are logged by name.
class JourneyController : public QObject
{
    Q_OBJECT
public:
    JourneyController(Journey& journey, const Catalog& catalog, QObject* parent = nullptr);

    [[nodiscard]] Session& session() const { return m_journey.session(); }
    [[nodiscard]] JourneyStep step() const { return m_journey.step(); }
    [[nodiscard]] bool canEnter(JourneyStep step) const { return m_journey.check(step) == JourneyRefusal::None; }
    [[nodiscard]] bool canGoBack() const { return m_journey.canGoBack(); }

    // A touch on the start screen, or a language chosen there.
    void start(const QString& language);
    void chooseThemenfeld(const QString& themenfeldId);
    // Puts the service into the context and shows its page. False (and nothing changes) for a
    // key the catalog does not have.
    bool chooseService(const QString& serviceKey);
    // Only puts it into the context (a resumed draft's service, before its form is entered).
    bool selectService(const QString& serviceKey);
    void openServiceIndex();
    void openResumeDraft();
    // Enters a step another workflow prepared the context for; false (logged by name) if refused.
    bool go(JourneyStep step);
    void back();

    // "Abbrechen": with nothing to lose yet (the home screen, nothing chosen) the visit ends at
    // once; otherwise the citizen is asked first (confirmationNeeded), then cancel().
    void requestStartOver();
    void cancel();
    // The idle countdown ran out.
    void timeOut();
    // The citizen is done (a draft saved, later a receipt printed).
    void finish();
    // The program stops: a visit in progress ends as if cancelled.
    void shutDown();
    // Lets `watcher` end the visit of a citizen who walked away; it watches while a visit runs
    // (the start screen has nothing to wipe).
    void endWhenIdle(IdleWatcher& watcher);

Q_SIGNALS:
    void stepChanged(bt::app::JourneyStep step);
    void confirmationNeeded();

private:
    Journey& m_journey;
    const Catalog& m_catalog;
};

} // namespace bt::app
