#pragma once

#include "Journey.h"
#include "OriginAllowlist.h"
#include "Theme.h"

#include <QWidget>

#include <memory>

namespace bt::widgets {
class AccessibilityOverlay;
class OnScreenKeyboard;
class ConfirmOverlay;
class CountdownOverlay;
} // namespace bt::widgets

namespace bt::app {

class AttractScreen;
class DraftSavedOverlay;
class DraftService;
class DraftCodeSlip;
class Printer;
class FormScreen;
class ReviewScreen;
class ResumeScreen;
struct DraftOpening;
class BrowserScreen;
class Catalog;
class SearchService;
class ServiceIndexScreen;
class ServiceScreen;
class FooterBar;
class HeaderBar;
class HelpOverlay;
class HomeScreen;
class Clock;
class IdleWatcher;
class LanguageManager;
class OzgTaxonomy;
class Screen;
class ScreenStack;
class Session;
class StaffCall;
class TopicScreen;
struct TerminalConfig;

// The terminal's one window: header, the current screen of the journey, footer, and the
// overlays (still there?, start over?, reading aids, help). It shows what the journey says
// and turns touches into journey steps; it holds no citizen data itself.
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
                Session& session,
                Journey& journey,
                IdleWatcher& idleWatcher,
                const Clock& clock,
                LanguageManager& languages,
                StaffCall* staffCall, // may be null: no call system
                QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Lets the window close (system shutdown); otherwise a kiosk window refuses to.
    void allowClose();

    void openHelp();
    void openReadingAids();
    void requestStartOver();
    void chooseThemenfeld(const QString& themenfeldId);
    void chooseService(const QString& serviceKey);
    void openServiceIndex();
    // "Antrag fortsetzen": the page for the code of a saved form.
    void openResumeDraft();
    // The drafts store ("Später fortsetzen"); without it the form offers no saving for later.
    void setDrafts(DraftService* drafts, int keepDays);
    // The terminal's printer; with it a saved draft's code is also printed for the citizen.
    void setPrinter(Printer* printer);
    // "Jetzt beginnen": the guided form of the chosen service.
    void startForm(const QString& formId);
    // Opens another authority's online service in the locked-down browser, if it is allowed.
    void openOnlineService(const QUrl& url);

    [[nodiscard]] Screen* currentScreen() const;
    [[nodiscard]] HeaderBar* header() const { return m_header; }
    [[nodiscard]] FooterBar* footer() const { return m_footer; }
    [[nodiscard]] AttractScreen* attractScreen() const { return m_attract; }
    [[nodiscard]] HomeScreen* homeScreen() const { return m_home; }
    [[nodiscard]] TopicScreen* topicScreen() const { return m_topic; }
    [[nodiscard]] ServiceScreen* serviceScreen() const { return m_service; }
    [[nodiscard]] ServiceIndexScreen* serviceIndexScreen() const { return m_index; }
    [[nodiscard]] FormScreen* formScreen() const { return m_formScreen; }
    [[nodiscard]] ReviewScreen* reviewScreen() const { return m_review; }
    [[nodiscard]] DraftSavedOverlay* draftSavedOverlay() const { return m_draftSaved; }
    [[nodiscard]] ResumeScreen* resumeScreen() const { return m_resume; }
    // Null until a citizen opens an online service, and again after the session's wipe.
    [[nodiscard]] BrowserScreen* browserScreen() const { return m_browser; }
    // Null when the configuration says the terminal has a physical keyboard.
    [[nodiscard]] widgets::OnScreenKeyboard* keyboard() const { return m_keyboard; }
    [[nodiscard]] widgets::CountdownOverlay* countdownOverlay() const { return m_countdown; }
    [[nodiscard]] widgets::ConfirmOverlay* startOverOverlay() const { return m_startOver; }
    [[nodiscard]] widgets::AccessibilityOverlay* readingAidsOverlay() const { return m_readingAids; }
    [[nodiscard]] HelpOverlay* helpOverlay() const { return m_help; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onStepChanged(JourneyStep step);
    void onLanguageChosen(const QString& code);
    void onSessionLanguageChanged(const QString& code);
    void onThemeChanged(widgets::ThemeSettings theme);
    void onWiped();
    void startJourney(const QString& language);
    void closeOverlays();
    void updateKeyboard();
    void onDraftOpened(const DraftOpening& opening);
    void printDraftCode();
    void onPrintFinished(quint64 job, bool printed);

    Mode m_mode;
    const Catalog& m_catalog;
    Session& m_session;
    Journey& m_journey;
    IdleWatcher& m_idleWatcher;
    const Clock& m_clock;
    LanguageManager& m_languages;
    StaffCall* m_staffCall;
    SearchService* m_search;
    // Empty when the web engine cannot run here or the operator allowed no site.
    const OriginAllowlist m_browserAllowlist;
    bool m_closeAllowed = false;

    HeaderBar* m_header;
    ScreenStack* m_stack;
    widgets::OnScreenKeyboard* m_keyboard;
    FooterBar* m_footer;
    AttractScreen* m_attract;
    HomeScreen* m_home;
    TopicScreen* m_topic;
    ServiceScreen* m_service;
    ServiceIndexScreen* m_index;
    FormScreen* m_formScreen;
    ReviewScreen* m_review;
    ResumeScreen* m_resume;
    BrowserScreen* m_browser = nullptr;
    widgets::CountdownOverlay* m_countdown;
    widgets::ConfirmOverlay* m_startOver;
    widgets::AccessibilityOverlay* m_readingAids;
    HelpOverlay* m_help;
    DraftSavedOverlay* m_draftSaved;
    DraftService* m_drafts = nullptr;
    int m_draftKeepDays = 0;
    QString m_draftJourney;  // the session that asked for the draft being sealed
    QString m_resumeJourney; // the session that typed the code being checked
    Printer* m_printer = nullptr;
    // The slip of the code on screen, kept only while the overlay shows it (for "Noch einmal drucken").
    std::shared_ptr<const DraftCodeSlip> m_draftSlip;
    quint64 m_printJob = 0; // the job whose outcome the overlay waits for; 0: none
};

} // namespace bt::app
