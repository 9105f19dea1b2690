#pragma once

#include "SpeechOutput.h"
#include "WorkerThread.h"

#include <QObject>

namespace bt::app {

class SpeechWorker;

// Speech through Qt TextToSpeech. On Debian the engine is speech-dispatcher ("speechd"), which
// starts on first use, with espeak-ng's voices for every language of the terminal. Connecting to
// it, and starting it, can take a second: the voice lives on a thread of its own (WorkerThread),
// this object only posts to it, so the screen never waits for speech; and it is made only when
// first needed. Without an engine the terminal goes on silently and says so once in the log.
class QtSpeechOutput
    : public QObject
    , public SpeechOutput
{
    Q_OBJECT
public:
    // engine: a QTextToSpeech engine name; empty takes Qt's default.
    explicit QtSpeechOutput(const QString& engine = QStringLiteral("speechd"), QObject* parent = nullptr);
    ~QtSpeechOutput() override;

    // Makes the voice ready now (opened() tells when); the first say() does otherwise.
    void open();

    void say(const QString& text, const QLocale& language) override;
    void stop() override;
    void pause() override;
    void resume() override;
    void setVolume(double volume) override;
    void setRate(double rate) override;

Q_SIGNALS:
    // The engine is there (or not) and takes what is said.
    void opened(bool available);
    // The voice has said everything it was given (or was stopped).
    void finished();

private:
    WorkerThread<SpeechWorker> m_worker;
};

} // namespace bt::app
