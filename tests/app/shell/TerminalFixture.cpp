#include "TerminalFixture.h"

#include "AccessibilityOverlay.h"
#include "AttractScreen.h"
#include "BrowserScreen.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "DraftSavedOverlay.h"
#include "FooterBar.h"
#include "FormScreen.h"
#include "HeaderBar.h"
#include "HelpOverlay.h"
#include "HomeScreen.h"
#include "KioskBrowser.h"
#include "OnScreenKeyboard.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ScreenStack.h"
#include "ServiceIndexScreen.h"
#include "ServiceScreen.h"
#include "TopicScreen.h"

#include <QApplication>
#include <QTest>

void btInitTerminalResources();

namespace bt::test {

namespace {

bt::app::TerminalConfig loadDefaults(const std::function<void(bt::app::TerminalConfig&)>& adjust)
{
    btInitTerminalResources();
    std::vector<bt::app::ConfigError> errors;
    std::optional<bt::app::TerminalConfig> config = bt::app::ConfigLoader::load({}, &errors);
    if (!config) {
        qFatal("embedded defaults do not load");
    }
    if (adjust) {
        adjust(*config);
    }
    return *config;
}

bt::app::Catalog loadCatalog(const bt::app::OzgTaxonomy& taxonomy)
{
    bt::app::Failure error;
    std::optional<bt::app::Catalog> catalog = bt::app::Catalog::loadShipped(taxonomy, &error);
    if (!catalog) {
        qFatal("%s", qPrintable(error.staffDetail()));
    }
    return *catalog;
}

bt::app::OzgTaxonomy loadTaxonomy()
{
    bt::app::Failure error;
    std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::loadShipped(&error);
    if (!taxonomy) {
        qFatal("%s", qPrintable(error.staffDetail()));
    }
    return *taxonomy;
}

} // namespace

TerminalFixture::TerminalFixture(bt::app::KioskWindow::Mode mode,
                                 bt::app::StaffCall* staffCall,
                                 const std::function<void(bt::app::TerminalConfig&)>& adjustConfig)
    : config(loadDefaults(adjustConfig))
    , taxonomy(loadTaxonomy())
    , catalog(loadCatalog(taxonomy))
    , session({config.defaultLanguage, config.theme})
    , journey(session)
    , idleWatcher(clock, config.idleTimeout, config.countdown)
    , workflows(journey, catalog, clock, idleWatcher, bt::app::KioskBrowser::usableAllowlist(config.browserAllowlist))
{
    qApp->installEventFilter(&lockdown);
    qApp->installEventFilter(&activity);
    QObject::connect(
        &activity, &bt::app::UserActivityFilter::activity, &idleWatcher, &bt::app::IdleWatcher::reportActivity);
    search.prepare(std::make_shared<const bt::app::Catalog>(catalog),
                   indexDirectory.filePath(QStringLiteral("index.sqlite")),
                   config.popularServices);
    if (!QTest::qWaitFor([this] { return search.isReady(); }, 20000)) {
        qFatal("search index not ready");
    }
    window = std::make_unique<bt::app::KioskWindow>(
        mode, config, taxonomy, catalog, &search, workflows, idleWatcher, clock, languages, staffCall);
    window->resize(1920, 1080);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qFatal("kiosk window not exposed");
    }
    settle();
}

TerminalFixture::~TerminalFixture()
{
    window->allowClose();
    window.reset();
    qApp->removeEventFilter(&activity);
    qApp->removeEventFilter(&lockdown);
}

void TerminalFixture::startJourney()
{
    QTest::mouseClick(attractScreen(), Qt::LeftButton);
    settle();
}

void TerminalFixture::settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bt::app::Screen* TerminalFixture::currentScreen() const
{
    const auto* stack = window->findChild<bt::app::ScreenStack*>();
    return stack ? static_cast<bt::app::Screen*>(stack->currentWidget()) : nullptr;
}

#define BT_WINDOW_PART(Type, name)                                                                                     \
    Type* TerminalFixture::name() const                                                                                \
    {                                                                                                                  \
        return window->findChild<Type*>();                                                                             \
    }

BT_WINDOW_PART(bt::app::HeaderBar, header)
BT_WINDOW_PART(bt::app::FooterBar, footer)
BT_WINDOW_PART(bt::app::AttractScreen, attractScreen)
BT_WINDOW_PART(bt::app::HomeScreen, homeScreen)
BT_WINDOW_PART(bt::app::TopicScreen, topicScreen)
BT_WINDOW_PART(bt::app::ServiceScreen, serviceScreen)
BT_WINDOW_PART(bt::app::ServiceIndexScreen, serviceIndexScreen)
BT_WINDOW_PART(bt::app::FormScreen, formScreen)
BT_WINDOW_PART(bt::app::ReviewScreen, reviewScreen)
BT_WINDOW_PART(bt::app::ResumeScreen, resumeScreen)
BT_WINDOW_PART(bt::app::BrowserScreen, browserScreen)
BT_WINDOW_PART(bt::app::DraftSavedOverlay, draftSavedOverlay)
BT_WINDOW_PART(bt::widgets::OnScreenKeyboard, keyboard)
BT_WINDOW_PART(bt::widgets::CountdownOverlay, countdownOverlay)
BT_WINDOW_PART(bt::widgets::ConfirmOverlay, startOverOverlay)
BT_WINDOW_PART(bt::widgets::AccessibilityOverlay, readingAidsOverlay)
BT_WINDOW_PART(bt::app::HelpOverlay, helpOverlay)

#undef BT_WINDOW_PART

} // namespace bt::test
