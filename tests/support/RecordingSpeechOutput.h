#pragma once

#include "SpeechOutput.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace bt::test {

// Speech that is not spoken but written down: what the terminal would say, in which language,
// and what was asked of the voice. For tests of everything that speaks; the real voice has its
// own test (tst_QtSpeechOutput).
class RecordingSpeechOutput : public bt::app::SpeechOutput
{
public:
    struct Said
    {
        QString text;
        QLocale language;
    };

    void say(const QString& text, const QLocale& language) override { said.push_back({text, language}); }
    void stop() override { ++stops; }
    void pause() override { ++pauses; }
    void resume() override { ++resumes; }
    void setVolume(double level) override { volume = level; }
    void setRate(double level) override { rate = level; }

    [[nodiscard]] QString last() const { return said.empty() ? QString() : said.back().text; }

    std::vector<Said> said;
    int stops = 0;
    int pauses = 0;
    int resumes = 0;
    double volume = -1;
    double rate = -2;
};

} // namespace bt::test
