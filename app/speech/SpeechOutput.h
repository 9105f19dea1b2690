#pragma once

#include <QLocale>
#include <QString>

namespace bt::app {

// Where the terminal's speech goes: the voice in the citizen's headphones. The real one is
// QtSpeechOutput (Qt TextToSpeech, speech-dispatcher with espeak-ng); tests record what would
// be said. What is said may contain the citizen's answers: implementations never log it.
class SpeechOutput
{
public:
    virtual ~SpeechOutput() = default;

    // Says `text` in the voice of `language`, cutting off whatever is being said.
    virtual void say(const QString& text, const QLocale& language) = 0;
    // Silence at once; a later say() speaks again.
    virtual void stop() = 0;
    // Holds the speech where it is, and goes on from there.
    virtual void pause() = 0;
    virtual void resume() = 0;
    // volume: 0..1; rate: -1 (slow) .. 0 (normal) .. 1 (fast).
    virtual void setVolume(double volume) = 0;
    virtual void setRate(double rate) = 0;
};

} // namespace bt::app
