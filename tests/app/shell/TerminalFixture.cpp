#include "TerminalFixture.h"

#include "AttractScreen.h"

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
    QString error;
    std::optional<bt::app::Catalog> catalog = bt::app::Catalog::loadShipped(taxonomy, &error);
    if (!catalog) {
        qFatal("%s", qPrintable(error));
    }
    return *catalog;
}

bt::app::OzgTaxonomy loadTaxonomy()
{
    QString error;
    std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::loadShipped(&error);
    if (!taxonomy) {
        qFatal("%s", qPrintable(error));
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
        mode, config, taxonomy, catalog, &search, session, journey, idleWatcher, clock, languages, staffCall);
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
    QTest::mouseClick(window->attractScreen(), Qt::LeftButton);
    settle();
}

void TerminalFixture::settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace bt::test
