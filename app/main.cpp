// The composition root: builds the terminal's parts from the configuration and wires them.
// No singletons; every part gets what it needs through its constructor.

#include "Catalog.h"
#include "CommandLine.h"
#include "CommandSupport.h"
#include "CupsPrinter.h"
#include "DraftService.h"
#include "HomeScreen.h"
#include "HttpStaffCall.h"
#include "IdleWatcher.h"
#include "Journey.h"
#include "KioskBrowser.h"
#include "KioskLockdown.h"
#include "KioskWindow.h"
#include "LanguageManager.h"
#include "Narrator.h"
#include "OutOfServiceScreen.h"
#include "OzgTaxonomy.h"
#include "QtSpeechOutput.h"
#include "SearchService.h"
#include "Session.h"
#include "StaffCommands.h"
#include "StartupProbe.h"
#include "StopRequests.h"
#include "SystemClock.h"
#include "Theme.h"
#include "UserActivityFilter.h"
#include "Workflows.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScreen>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

void btInitTerminalResources();

namespace {

Q_LOGGING_CATEGORY(lcApp, "bt.app", QtInfoMsg)

using namespace bt::app;

void showFor(QWidget& window, const CommandLine& line)
{
    if (line.kiosk) {
        QApplication::setOverrideCursor(Qt::BlankCursor);
        // Cover the screen ourselves as well: a compositor or X server without a window
        // manager would leave the full-screen request unanswered. Follow rotation and resolution.
        if (QScreen* screen = window.screen()) {
            window.setGeometry(screen->geometry());
            QObject::connect(screen, &QScreen::geometryChanged, &window, [&window](const QRect& geometry) {
                window.setGeometry(geometry);
            });
        }
        window.showFullScreen();
    } else {
        window.resize(1280, 800);
        window.show();
    }
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (CommandLine::needsOffscreenPlatform(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qSetMessagePattern(QStringLiteral("%{type} %{category}: %{message}"));
    // The embedded browser starts long after the application; Qt WebEngine needs this set first.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("buergerterminal"));
    QApplication::setApplicationVersion(QStringLiteral(BT_VERSION));
    btInitTerminalResources();

    const CommandLine line = CommandLine::parse(QApplication::arguments());
    if (line.action == CommandLine::Action::CheckConfig) {
        return commands::checkConfig(line.checkedFile);
    }
    if (line.action == CommandLine::Action::CheckSchema) {
        return commands::checkSchema(line.schemaFile);
    }

    LanguageManager languages;
    KioskLockdown lockdown;
    application.installEventFilter(&lockdown);

    StartData start(line.configPath);
    const std::optional<TerminalConfig>& config = start.config;
    const std::optional<OzgTaxonomy>& taxonomy = start.taxonomy;
    if (start.hasConfigAndTaxonomy()) {
        switch (line.action) {
        case CommandLine::Action::Search:
            return commands::printSearch(line, *config, *taxonomy);
        case CommandLine::Action::CheckCatalog:
            return commands::checkCatalog(line.checkedCatalog, *config, *taxonomy);
        case CommandLine::Action::InstallCatalog:
            return commands::installCatalog(line.catalogFile, *config, *taxonomy);
        case CommandLine::Action::ImportXzufi:
            return commands::importXzufi(line, *taxonomy);
        default:
            break;
        }
    }
    if (!start.loadCatalog()) {
        const QStringList problems = start.problems();
        if (line.action != CommandLine::Action::Run && line.action != CommandLine::Action::MeasureStartup) {
            std::fprintf(stderr, "%s\n", qPrintable(problems.join(u'\n')));
            return 1;
        }
        for (const QString& problem : problems) {
            qCCritical(lcApp).noquote() << "out of order:" << problem;
        }
        languages.setLanguage(QStringLiteral("de"));
        bt::widgets::Theme().applyTo(application);
        // systemctl stop ends the out-of-order screen as cleanly as the terminal.
        const std::unique_ptr<StopRequests> stopRequests = StopRequests::create();
        QObject::connect(stopRequests.get(), &StopRequests::stopRequested, &application, [](const QString& cause) {
            qCInfo(lcApp).noquote() << "stopping on" << cause;
            QApplication::quit();
        });
        OutOfServiceScreen outOfOrder(languages);
        if (line.kiosk) {
            outOfOrder.setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        }
        showFor(outOfOrder, line);
        return QApplication::exec();
    }

    const Catalog& catalog = *start.catalog;
    SystemClock clock;
    Session session({config->defaultLanguage, config->theme});
    Journey journey(session);
    IdleWatcher idleWatcher(clock, config->idleTimeout, config->countdown);
    UserActivityFilter activity;
    application.installEventFilter(&activity);
    QObject::connect(&activity, &UserActivityFilter::activity, &idleWatcher, &IdleWatcher::reportActivity);

    std::unique_ptr<StaffCall> staffCall;
    if (!config->staffCallUrl.isEmpty()) {
        staffCall =
            std::make_unique<HttpStaffCall>(config->staffCallUrl, config->terminalId, config->staffCallTimeout, clock);
    }
    // The search index is built (only if the catalog changed) and opened on its own thread.
    SearchService search;
    search.prepare(std::make_shared<const Catalog>(catalog), searchIndexPath(*config), config->popularServices);
    QObject::connect(&search, &SearchService::failed, [](const Failure& failure) {
        qCCritical(lcApp) << "search unavailable, browsing only:" << failure;
    });
    // The printer, if the operator named a CUPS queue; it prints on its own thread. Made before the
    // window, so it outlives it.
    std::unique_ptr<CupsPrinter> printer;
    if (!config->printerQueue.isEmpty()) {
        printer = std::make_unique<CupsPrinter>(config->printerQueue);
    }
    // Drafts ("Später fortsetzen") are sealed and opened on their own thread (scrypt, SQLite).
    DraftService drafts(DraftSettings{draftsPath(*config), config->draftKeepDays, {}}, clock);
    Workflows workflows(journey, catalog, clock, idleWatcher, KioskBrowser::usableAllowlist(config->browserAllowlist));
    workflows.drafts.setStore(&drafts, config->draftKeepDays);
    workflows.drafts.setPrinter(printer.get());
    KioskWindow window(line.kiosk ? KioskWindow::Mode::Kiosk : KioskWindow::Mode::Windowed,
                       *config,
                       *taxonomy,
                       catalog,
                       &search,
                       workflows,
                       idleWatcher,
                       clock,
                       languages,
                       staffCall.get());

    // The terminal's own voice: silent until a citizen switches it on in the reading aids.
    QtSpeechOutput speech;
    Narrator narrator(speech, session);
    narrator.watch(window);
    QObject::connect(&window, &KioskWindow::speechRepeatRequested, &narrator, &Narrator::repeat);
    QObject::connect(&window, &KioskWindow::speechPauseRequested, &narrator, &Narrator::togglePause);

    const std::unique_ptr<StopRequests> stopRequests = StopRequests::create();
    QObject::connect(stopRequests.get(), &StopRequests::stopRequested, &window, [&](const QString& cause) {
        qCInfo(lcApp).noquote() << "stopping on" << cause;
        window.allowClose();
        QApplication::quit();
    });
    // Whatever ends the program, nothing of the last citizen stays in memory.
    QObject::connect(&application, &QApplication::aboutToQuit, &workflows.journey, &JourneyController::shutDown);

    if (line.action == CommandLine::Action::MeasureStartup) {
        // The benchmark starts as if the first touch came at once: the home screen is what counts.
        StartupProbe probe(sinceMain);
        probe.watch(window.findChild<HomeScreen*>());
        journey.go(JourneyStep::Home);
        showFor(window, line);
        return QApplication::exec();
    }
    showFor(window, line);
    qCInfo(lcApp) << "terminal" << config->terminalId << "ready";
    return QApplication::exec();
}
