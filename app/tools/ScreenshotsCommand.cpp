#include "Catalog.h"
#include "DraftService.h"
#include "HttpStaffCall.h"
#include "IdleWatcher.h"
#include "Journey.h"
#include "KioskBrowser.h"
#include "KioskWindow.h"
#include "LanguageManager.h"
#include "Logging.h"
#include "ScreenshotRenderer.h"
#include "SearchService.h"
#include "Session.h"
#include "SystemClock.h"
#include "TerminalConfig.h"
#include "TerminalPaths.h"
#include "ToolCommands.h"
#include "UserActivityFilter.h"
#include "Workflows.h"

#include <QApplication>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <memory>

namespace bt::app::tools {

// The terminal is built as app/main.cpp builds it for a window on a desktop, with the same
// configuration, catalog, search index and drafts file, so the pictures show what citizens see:
// the staff call button only if a call system is configured, "Später fortsetzen" with drafts.
// (No printer: printing shows nothing on screen.)
int renderScreenshots(const QString& directory,
                      LanguageManager& languages,
                      const TerminalConfig& config,
                      const OzgTaxonomy& taxonomy,
                      const Catalog& catalog)
{
    SystemClock clock;
    Session session({config.defaultLanguage, config.theme});
    Journey journey(session);
    IdleWatcher idleWatcher(clock, config.idleTimeout, config.countdown);
    UserActivityFilter activity;
    qApp->installEventFilter(&activity);
    QObject::connect(&activity, &UserActivityFilter::activity, &idleWatcher, &IdleWatcher::reportActivity);

    std::unique_ptr<StaffCall> staffCall;
    if (!config.staffCallUrl.isEmpty()) {
        staffCall =
            std::make_unique<HttpStaffCall>(config.staffCallUrl, config.terminalId, config.staffCallTimeout, clock);
    }
    SearchService search;
    bool searchSettled = false; // ready, or failed
    QObject::connect(&search, &SearchService::ready, [&searchSettled] { searchSettled = true; });
    QObject::connect(&search, &SearchService::failed, [&searchSettled](const Failure& failure) {
        qCCritical(lcTools) << "search unavailable, no search screens:" << failure;
        searchSettled = true;
    });
    search.prepare(std::make_shared<const Catalog>(catalog), searchIndexPath(config), config.popularServices);
    DraftService drafts(DraftSettings{draftsPath(config), config.draftKeepDays, {}}, clock);
    Workflows workflows(journey, catalog, clock, idleWatcher, KioskBrowser::usableAllowlist(config.browserAllowlist));
    workflows.drafts.setStore(&drafts, config.draftKeepDays);
    KioskWindow window(KioskWindow::Mode::Windowed,
                       config,
                       taxonomy,
                       catalog,
                       &search,
                       workflows,
                       idleWatcher,
                       clock,
                       languages,
                       staffCall.get());

    // The search screens need the index, which the search thread builds (first use, new catalog)
    // and opens meanwhile: wait for it, or every run would show them or not by chance. (A batch
    // tool: no citizen waits.)
    QTimer giveUp;
    giveUp.setSingleShot(true);
    giveUp.start(std::chrono::minutes(1));
    while (!searchSettled && giveUp.isActive()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    if (!searchSettled) {
        qCCritical(lcTools) << "search not ready after a minute, no search screens";
    }

    ScreenshotRenderer renderer(window, workflows, languages, config, taxonomy, search);
    Failure failure;
    const int written = renderer.renderAll(directory, &failure);
    if (written < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(failure.staffDetail()));
        return 1;
    }
    std::printf("%d screenshots written to %s\n", written, qPrintable(directory));
    return 0;
}

} // namespace bt::app::tools
