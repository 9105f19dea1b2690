#include "QtSpeechOutput.h"

#include "SpeechWorker.h"

namespace bt::app {

using namespace std::chrono_literals;

QtSpeechOutput::QtSpeechOutput(const QString& engine, QObject* parent)
    : QObject(parent)
    , m_worker(QStringLiteral("speech"), 2s, std::make_unique<SpeechWorker>(engine))
{
    connect(m_worker.worker(), &SpeechWorker::opened, this, &QtSpeechOutput::opened);
    connect(m_worker.worker(), &SpeechWorker::finished, this, &QtSpeechOutput::finished);
}

void QtSpeechOutput::open()
{
    m_worker.post([](SpeechWorker& worker) { worker.open(); });
}

// The voice goes with its worker, which the thread deletes as it ends.
QtSpeechOutput::~QtSpeechOutput() = default;

void QtSpeechOutput::say(const QString& text, const QLocale& language)
{
    m_worker.post([text, language](SpeechWorker& worker) { worker.say(text, language); });
}

void QtSpeechOutput::stop()
{
    m_worker.post([](SpeechWorker& worker) { worker.stop(); });
}

void QtSpeechOutput::pause()
{
    m_worker.post([](SpeechWorker& worker) { worker.pause(); });
}

void QtSpeechOutput::resume()
{
    m_worker.post([](SpeechWorker& worker) { worker.resume(); });
}

void QtSpeechOutput::setVolume(double volume)
{
    m_worker.post([volume](SpeechWorker& worker) { worker.setVolume(volume); });
}

void QtSpeechOutput::setRate(double rate)
{
    m_worker.post([rate](SpeechWorker& worker) { worker.setRate(rate); });
}

} // namespace bt::app
