#pragma once

#include "Catalog.h"
#include "ConfigLoader.h"
#include "IdleWatcher.h"
#include "Journey.h"
#include "KioskLockdown.h"
#include "KioskWindow.h"
#include "LanguageManager.h"
#include "ManualClock.h"
#include "OzgTaxonomy.h"
#include "SearchService.h"
#include "Session.h"
#include "StaffCall.h"
#include "UserActivityFilter.h"
#include "Workflows.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace bt::widgets {
class AccessibilityOverlay;
class ConfirmOverlay;
class CountdownOverlay;
class OnScreenKeyboard;
} // namespace bt::widgets

namespace bt::app {
class AttractScreen;
class BrowserScreen;
class DraftSavedOverlay;
class FooterBar;
class FormScreen;
class HeaderBar;
class HelpOverlay;
class HomeScreen;
class ResumeScreen;
class ReviewScreen;
class Screen;
class ServiceIndexScreen;
class ServiceScreen;
class TopicScreen;
} // namespace bt::app

namespace bt::test {

// The terminal's object graph as app/main.cpp builds it, with a manual clock, around a
// real KioskWindow. Construct one per test function.
struct TerminalFixture
{
    explicit TerminalFixture(bt::app::KioskWindow::Mode mode = bt::app::KioskWindow::Mode::Kiosk,
                             bt::app::StaffCall* staffCall = nullptr,
                             const std::function<void(bt::app::TerminalConfig&)>& adjustConfig = {});
    ~TerminalFixture();

    // Touches the start screen and waits until the home screen shows.
    void startJourney();
    // Waits until posted language-change events have reached every widget.
    static void settle();

    // The window's parts, found among its children (the window offers no accessors).
    [[nodiscard]] bt::app::Screen* currentScreen() const;
    [[nodiscard]] bt::app::HeaderBar* header() const;
    [[nodiscard]] bt::app::FooterBar* footer() const;
    [[nodiscard]] bt::app::AttractScreen* attractScreen() const;
    [[nodiscard]] bt::app::HomeScreen* homeScreen() const;
    [[nodiscard]] bt::app::TopicScreen* topicScreen() const;
    [[nodiscard]] bt::app::ServiceScreen* serviceScreen() const;
    [[nodiscard]] bt::app::ServiceIndexScreen* serviceIndexScreen() const;
    [[nodiscard]] bt::app::FormScreen* formScreen() const;
    [[nodiscard]] bt::app::ReviewScreen* reviewScreen() const;
    [[nodiscard]] bt::app::ResumeScreen* resumeScreen() const;
    // Null until an online service is opened, and again after the session's wipe.
    [[nodiscard]] bt::app::BrowserScreen* browserScreen() const;
    [[nodiscard]] bt::app::DraftSavedOverlay* draftSavedOverlay() const;
    // Null when the configuration says the terminal has a physical keyboard.
    [[nodiscard]] bt::widgets::OnScreenKeyboard* keyboard() const;
    [[nodiscard]] bt::widgets::CountdownOverlay* countdownOverlay() const;
    [[nodiscard]] bt::widgets::ConfirmOverlay* startOverOverlay() const;
    [[nodiscard]] bt::widgets::AccessibilityOverlay* readingAidsOverlay() const;
    [[nodiscard]] bt::app::HelpOverlay* helpOverlay() const;

    bt::app::TerminalConfig config;
    bt::app::OzgTaxonomy taxonomy;
    bt::app::Catalog catalog;
    QTemporaryDir indexDirectory;
    bt::app::SearchService search;
    ManualClock clock;
    bt::app::LanguageManager languages;
    bt::app::Session session;
    bt::app::Journey journey;
    bt::app::IdleWatcher idleWatcher;
    bt::app::Workflows workflows;
    bt::app::KioskLockdown lockdown;
    bt::app::UserActivityFilter activity;
    std::unique_ptr<bt::app::KioskWindow> window;
};

} // namespace bt::test
