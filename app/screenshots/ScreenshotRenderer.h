#pragma once

#include "Failure.h"

#include <QString>
#include <QWidget>

namespace bt::app {

class KioskWindow;
class LanguageManager;
class OzgTaxonomy;
class Session;
class SearchService;
struct Workflows;
struct TerminalConfig;

// Renders every screen and overlay of the terminal to PNG, in every offered language, in
// landscape and portrait, with standard, large and high-contrast looks; for review and docs.
// It puts a made-up citizen into the session, so it belongs to the staff tools only.
class ScreenshotRenderer
{
public:
    ScreenshotRenderer(KioskWindow& window,
                       Workflows& workflows,
                       const LanguageManager& languages,
                       const TerminalConfig& config,
                       const OzgTaxonomy& taxonomy,
                       const SearchService& search);

    // Returns the number of files written, or -1 and Screenshots_NotWritten if one could not be written.
    [[nodiscard]] int renderAll(const QString& directory, Failure* failure);

private:
    bool save(QWidget& widget, const QString& path, Failure* failure);
    [[nodiscard]] QWidget& window() const;
    // Back to the start screen from wherever the last shot left the terminal.
    void startOver();
    // A part of the window (each screen and overlay is there once).
    template <typename Part> [[nodiscard]] Part* part() const { return window().findChild<Part*>(); }

    KioskWindow& m_window;
    Workflows& m_workflows;
    Session& m_session;
    const LanguageManager& m_languages;
    const TerminalConfig& m_config;
    const OzgTaxonomy& m_taxonomy;
    const SearchService& m_search;
    int m_written = 0;
};

} // namespace bt::app
