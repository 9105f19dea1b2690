#include "SpeechWorker.h"

#include "SpeechLogging.h"

#include <QTextToSpeech>

namespace bt::app {

SpeechWorker::SpeechWorker(QString engine)
    : m_engine(std::move(engine))
{}

void SpeechWorker::open()
{
    if (m_speech) {
        return;
    }
    m_speech = m_engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engine, this);
    const bool available = m_speech->state() != QTextToSpeech::Error;
    if (!available) {
        qCWarning(lcSpeech).noquote() << "speech output unavailable: engine" << m_engine << "does not start";
    }
    m_speech->setVolume(m_volume);
    m_speech->setRate(m_rate);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready) {
            Q_EMIT finished();
        } else if (state == QTextToSpeech::Error) {
            qCWarning(lcSpeech) << "speech output failed"; // never what was being said
        }
    });
    Q_EMIT opened(available);
}

void SpeechWorker::chooseVoiceFor(const QLocale& language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    // espeak-ng names its voices by language; a language it lacks keeps the voice there is.
    for (const QLocale& available : m_speech->availableLocales()) {
        if (available.language() == language.language()) {
            m_speech->setLocale(available);
            return;
        }
    }
    qCWarning(lcSpeech).noquote() << "no voice for" << language.name() << "- speaking with"
                                  << m_speech->locale().name();
}

void SpeechWorker::say(const QString& text, const QLocale& language)
{
    open();
    chooseVoiceFor(language);
    m_speech->say(text);
}

void SpeechWorker::stop()
{
    if (m_speech) {
        m_speech->stop();
    }
}

void SpeechWorker::pause()
{
    if (m_speech) {
        m_speech->pause();
    }
}

void SpeechWorker::resume()
{
    if (m_speech) {
        m_speech->resume();
    }
}

void SpeechWorker::setVolume(double volume)
{
    m_volume = volume;
    if (m_speech) {
        m_speech->setVolume(volume);
    }
}

void SpeechWorker::setRate(double rate)
{
    m_rate = rate;
    if (m_speech) {
        m_speech->setRate(rate);
    }
}

} // namespace bt::app
