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

#include <QTemporaryDir>

#include <functional>
#include <memory>

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
    bt::app::KioskLockdown lockdown;
    bt::app::UserActivityFilter activity;
    std::unique_ptr<bt::app::KioskWindow> window;
};

} // namespace bt::test
