#pragma once

#include <QLocale>
#include <QObject>

class QTextToSpeech;

namespace bt::app {

// The voice on its own thread (QtSpeechOutput posts to it): QTextToSpeech, made there when first
// needed, so that connecting to speech-dispatcher (and starting it) never holds up the screen,
// and a terminal nobody asks to speak starts no speech daemon.
class SpeechWorker : public QObject
{
    Q_OBJECT
public:
    explicit SpeechWorker(QString engine);

    // Makes the engine now; the first say() does otherwise.
    void open();
    void say(const QString& text, const QLocale& language);
    void stop();
    void pause();
    void resume();
    void setVolume(double volume);
    void setRate(double rate);

Q_SIGNALS:
    void opened(bool available);
    void finished();

private:
    void chooseVoiceFor(const QLocale& language);

    QString m_engine;
    QTextToSpeech* m_speech = nullptr; // a child: deleted with the worker, on its thread
    QLocale m_language{QLocale::c()};
    double m_volume = 0.8;
    double m_rate = 0;
};

} // namespace bt::app
