#pragma once

#include "SpeechSettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace bt::app {

class Session;
class SpeechOutput;

// The terminal's own voice, for citizens who cannot read the screen. While the session's speech
// is on, it says each screen and overlay as it appears (SpokenText::ofRegion of every widget
// marked with widgets::spokenRegionProperty), then the element that has the focus, in the
// session's language, at the chosen volume and pace. Driven by the application's own show and
// focus events, so it needs neither AT-SPI nor a screen reader. What it said last may hold the
// citizen's answers: it is forgotten, and the voice stopped, when the session ends.
class Narrator : public QObject
{
    Q_OBJECT
public:
    Narrator(SpeechOutput& output, Session& session, QObject* parent = nullptr);
    ~Narrator() override;

    // Says what appears in `window` and what gets the focus there.
    void watch(QWidget& window);
    // "Wiederholen": the last thing said, again.
    void repeat();
    // "Pause": holds the voice, or lets it go on.
    void togglePause();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void focusMoved(QWidget* now);
    void queue(const QString& text);
    void speakQueued();
    void apply(widgets::SpeechSettings settings);
    void forget();

    SpeechOutput& m_output;
    Session& m_session;
    QPointer<QWidget> m_window;
    QStringList m_queued; // said together once the event that caused them is handled
    bool m_speakQueued = false;
    bool m_paused = false;
    QString m_last;
};

} // namespace bt::app
