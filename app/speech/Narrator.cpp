#include "Narrator.h"

#include "Session.h"
#include "SpeechOutput.h"
#include "SpokenText.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace bt::app {

Narrator::Narrator(SpeechOutput& output, Session& session, QObject* parent)
    : QObject(parent)
    , m_output(output)
    , m_session(session)
{
    apply(session.speech());
    connect(&session, &Session::speechChanged, this, &Narrator::apply);
    connect(&session, &Session::wiped, this, &Narrator::forget);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { focusMoved(now); });
}

Narrator::~Narrator()
{
    if (qApp) {
        qApp->removeEventFilter(this);
    }
}

void Narrator::watch(QWidget& window)
{
    m_window = &window;
    qApp->installEventFilter(this);
}

bool Narrator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && m_session.speech().on && watched->isWidgetType() &&
        watched->property(widgets::spokenRegionProperty).toBool()) {
        auto* region = static_cast<QWidget*>(watched);
        if (m_window && (region == m_window || m_window->isAncestorOf(region))) {
            // Shown now, laid out and filled once the event is handled: read it then.
            QTimer::singleShot(0, this, [this, region = QPointer<QWidget>(region)] {
                if (region && region->isVisible()) {
                    queue(SpokenText::ofRegion(*region));
                }
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void Narrator::focusMoved(QWidget* now)
{
    if (!now || !m_session.speech().on || !m_window || !m_window->isAncestorOf(now)) {
        return;
    }
    // After the region that appeared with it, if any.
    QTimer::singleShot(0, this, [this, now = QPointer<QWidget>(now)] {
        if (now && now->hasFocus()) {
            queue(SpokenText::ofFocused(*now));
        }
    });
}

void Narrator::queue(const QString& text)
{
    if (text.isEmpty() || !m_session.speech().on) {
        return;
    }
    m_queued << text;
    if (!m_speakQueued) {
        m_speakQueued = true;
        QTimer::singleShot(0, this, &Narrator::speakQueued);
    }
}

void Narrator::speakQueued()
{
    m_speakQueued = false;
    if (m_queued.isEmpty() || !m_session.speech().on) {
        m_queued.clear();
        return;
    }
    m_last = m_queued.join(u'\n');
    m_queued.clear();
    m_paused = false;
    m_output.say(m_last, QLocale(m_session.language()));
}

void Narrator::repeat()
{
    if (m_session.speech().on && !m_last.isEmpty()) {
        m_paused = false;
        m_output.say(m_last, QLocale(m_session.language()));
    }
}

void Narrator::togglePause()
{
    if (!m_session.speech().on) {
        return;
    }
    m_paused = !m_paused;
    if (m_paused) {
        m_output.pause();
    } else {
        m_output.resume();
    }
}

void Narrator::apply(widgets::SpeechSettings settings)
{
    m_output.setVolume(settings.volumeLevel());
    m_output.setRate(settings.rateLevel());
    if (!settings.on) {
        m_output.stop();
        m_queued.clear();
        m_paused = false;
        return;
    }
    // Switched on (or louder, faster): say where the citizen is, so they hear the change.
    if (QWidget* focused = QApplication::focusWidget(); focused && m_window && m_window->isAncestorOf(focused)) {
        queue(SpokenText::ofFocused(*focused));
    }
}

void Narrator::forget()
{
    m_output.stop();
    m_queued.clear();
    m_last.clear();
    m_paused = false;
}

} // namespace bt::app
