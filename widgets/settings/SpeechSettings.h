#pragma once

namespace bt::widgets {

// What a citizen chose for speech output: on or off, how loud and how fast. Plain data, like
// ThemeSettings, so that the session can hold it without Qt Widgets. Volume and rate move in
// steps a citizen can count on the keypad or the "leiser"/"lauter" buttons.
struct SpeechSettings
{
    static constexpr int steps = 5; // volume 1..5, rate 1..5

    bool on = false;
    int volume = 4; // 1 (quiet) .. steps (loudest)
    int rate = 3;   // 1 (slowest) .. steps (fastest); 3 is the voice's normal pace

    // As QTextToSpeech takes them: volume 0.2 .. 1.0, rate -0.5 .. +0.5.
    [[nodiscard]] double volumeLevel() const { return double(volume) / steps; }
    [[nodiscard]] double rateLevel() const { return (rate - 3) * 0.25; }

    friend bool operator==(const SpeechSettings&, const SpeechSettings&) = default;
};

// Set to true on a widget whose texts are spoken when it appears: every screen of the kiosk and
// every overlay (its title, its message; then the element that has the focus).
inline constexpr char spokenRegionProperty[] = "spokenRegion";

} // namespace bt::widgets
