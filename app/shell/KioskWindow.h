#pragma once

#include "JourneyStep.h"

#include <QHash>
#include <QWidget>

namespace bt::widgets {
class AccessibilityOverlay;
class ConfirmOverlay;
class CountdownOverlay;
struct ThemeSettings;
} // namespace bt::widgets

namespace bt::app {

class BrowserScreen;
class Catalog;
class Clock;
class DraftSavedOverlay;
class FooterBar;
class HeaderBar;
class HelpOverlay;
class IdleWatcher;
class KeyboardDock;
class LanguageManager;
class OzgTaxonomy;
class Screen;
class ScreenStack;
class SearchService;
class StaffCall;
struct TerminalConfig;
struct Workflows;

// The terminal's one window, a composition: header, the screen of the current journey step,
// the on-screen keyboard, footer, and the overlays (still there?, start over?, reading aids,
// help, the saved draft's code). Screens send their intents to the workflows; the window shows
// the screen of each step the journey enters. It holds no citizen data and runs no workflow.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Windowed, // a normal window on a desktop, for development and demonstrations
        Kiosk,    // full-screen, frameless, on top, cannot be closed by a citizen
    };

    KioskWindow(Mode mode,
                const TerminalConfig& config,
                const OzgTaxonomy& taxonomy,
                const Catalog& catalog,
                SearchService* search, // may be null: no search field
                Workflows& workflows,
                IdleWatcher& idleWatcher,
                const Clock& clock,
                LanguageManager& languages,
                StaffCall* staffCall, // may be null: no call system
                QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Lets the window close (system shutdown); otherwise a kiosk window refuses to.
    void allowClose();

Q_SIGNALS:
    // "Wiederholen" and "Pause" of the speech output (the narrator's, app/speech).
    void speechRepeatRequested();
    void speechPauseRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addScreen(JourneyStep step, Screen* screen);
    void connectScreens();
    void connectOverlays(IdleWatcher& idleWatcher);
    [[nodiscard]] Screen* currentScreen() const;
    void onStepChanged(JourneyStep step);
    void onLanguageChanged(const QString& code);
    void onThemeChanged(widgets::ThemeSettings theme);
    void onWiped();
    [[nodiscard]] BrowserScreen* browserScreen();

    Mode m_mode;
    Workflows& m_workflows;
    LanguageManager& m_languages;
    bool m_closeAllowed = false;

    HeaderBar* m_header;
    ScreenStack* m_stack;
    FooterBar* m_footer;
    KeyboardDock* m_keyboard = nullptr; // null when the terminal has a physical keyboard
    QHash<JourneyStep, Screen*> m_screens;
    BrowserScreen* m_browser = nullptr; // made when a citizen first opens an online service
    widgets::CountdownOverlay* m_countdown;
    widgets::ConfirmOverlay* m_startOver;
    widgets::AccessibilityOverlay* m_readingAids;
    HelpOverlay* m_help;
    DraftSavedOverlay* m_draftSaved;
};

} // namespace bt::app
