// The composition root: builds the terminal's parts from the configuration and wires them.
// No singletons; every part gets what it needs through its constructor.

#include "Catalog.h"
#include "CatalogMerge.h"
#include "CatalogStore.h"
#include "CatalogUpdate.h"
#include "CodeListRegistry.h"
#include "CommandLine.h"
#include "ConfigLoader.h"
#include "HomeScreen.h"
#include "HttpStaffCall.h"
#include "IdleWatcher.h"
#include "Journey.h"
#include "KioskLockdown.h"
#include "KioskWindow.h"
#include "LanguageManager.h"
#include "OutOfServiceScreen.h"
#include "OzgTaxonomy.h"
#include "SchemaParser.h"
#include "SchemaStatistics.h"
#include "ScreenshotRenderer.h"
#include "SearchEngine.h"
#include "SearchService.h"
#include "Session.h"
#include "StartupProbe.h"
#include "SystemClock.h"
#include "Theme.h"
#include "UnixSignalWatcher.h"
#include "UserActivityFilter.h"
#include "XzufiImporter.h"
#include "XzufiReader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>

#include <cstdio>

void btInitTerminalResources();

namespace {

Q_LOGGING_CATEGORY(lcApp, "bt.app", QtInfoMsg)

using namespace bt::app;

int checkConfig(const QString& file)
{
    std::vector<ConfigError> errors;
    if (ConfigLoader::load(file, &errors)) {
        std::printf("%s: OK\n", qPrintable(file));
        return 0;
    }
    for (const ConfigError& error : errors) {
        std::printf("%s\n", qPrintable(error.toString()));
    }
    return 1;
}

// --check-schema: a FIM schema as the terminal would read it, with the shipped code lists.
int checkSchema(const QString& file)
{
    using namespace bt::forms;
    SchemaError error;
    const std::optional<CodeListRegistry> codeLists =
        CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
    if (!codeLists) {
        std::printf("%s\n", qPrintable(error.toString()));
        return 1;
    }
    const std::optional<FormSchema> schema = SchemaParser::load(file, &*codeLists, &error);
    if (!schema) {
        std::printf("%s\n", qPrintable(error.toString()));
        return 1;
    }
    const SchemaStatistics statistics = SchemaStatistics::of(*schema);
    const auto counts = [](const QMap<QString, int>& map) {
        QStringList parts;
        for (auto it = map.begin(); it != map.end(); ++it) {
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        }
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    };
    std::printf("%s: OK, %s %s %s version %s \"%s\"\n",
                qPrintable(file),
                qPrintable(layoutName(schema->layout)),
                schema->isGroupMessage ? "Datenfeldgruppe" : "Stammdatenschema",
                qPrintable(schema->id),
                qPrintable(schema->version.isEmpty() ? QStringLiteral("-") : schema->version),
                qPrintable(schema->name));
    std::printf("groups: %d (%d distinct)\n", statistics.groupUsages, statistics.distinctGroups);
    std::printf("fields: %d (%d distinct)\n", statistics.fieldUsages, statistics.distinctFields);
    std::printf("fields by data type: %s\n", qPrintable(counts(statistics.fieldsByDataType)));
    std::printf("fields by kind: %s\n", qPrintable(counts(statistics.fieldsByKind)));
    QStringList lists;
    for (auto it = statistics.codeLists.begin(); it != statistics.codeLists.end(); ++it) {
        lists.append(it.value() < 0 ? it.key() + QStringLiteral(" (NOT SHIPPED)")
                                    : QStringLiteral("%1 (%2 values)").arg(it.key()).arg(it.value()));
    }
    std::printf("code lists: %s\n", lists.isEmpty() ? "none" : qPrintable(lists.join(QStringLiteral(", "))));
    std::printf("rules: %d, declarative %d, unsupported %zu\n",
                statistics.rules,
                statistics.rules - static_cast<int>(statistics.unsupportedRules.size()),
                statistics.unsupportedRules.size());
    for (const Rule* rule : statistics.unsupportedRules) {
        std::printf("unsupported rule: %s \"%s\" (%s)\n",
                    qPrintable(rule->id),
                    qPrintable(rule->name),
                    rule->script.isEmpty() ? "text only" : "script kept, not run");
    }
    const QStringList missing = schema->missingCodeLists();
    if (!missing.isEmpty()) {
        std::printf("warning: code lists not shipped, their select fields cannot be shown: %s\n",
                    qPrintable(missing.join(QStringLiteral(", "))));
    }
    return 0;
}

QString searchIndexPath(const TerminalConfig& config)
{
    if (!config.searchIndexPath.isEmpty()) {
        return config.searchIndexPath;
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/search-index.sqlite");
}

CatalogStore catalogStore(const TerminalConfig& config)
{
    const QString installed =
        config.catalogUpdatePath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog-update.json")
            : config.catalogUpdatePath;
    return CatalogStore(installed, config.catalogUpdatePublicKey);
}

std::optional<QByteArray> readFile(const QString& path)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        std::printf("%s: cannot be read: %s\n", qPrintable(path), qPrintable(input.errorString()));
        return std::nullopt;
    }
    return input.readAll();
}

// A catalog file, or a signed update (then its signature is checked with the configured key).
int checkCatalog(const QString& file, const TerminalConfig& config, const OzgTaxonomy& taxonomy)
{
    std::optional<QByteArray> bytes = readFile(file);
    if (!bytes) {
        return 1;
    }
    QString error;
    if (bytes->contains("\"buergerterminal-catalog-update\"")) {
        bytes = CatalogUpdate::open(*bytes, config.catalogUpdatePublicKey, &error);
        if (!bytes) {
            std::printf("%s: %s\n", qPrintable(file), qPrintable(error));
            return 1;
        }
        std::printf("%s: signature OK\n", qPrintable(file));
    }
    const std::optional<Catalog> catalog = Catalog::parse(*bytes, taxonomy, &error);
    if (!catalog) {
        std::printf("%s: %s\n", qPrintable(file), qPrintable(error));
        return 1;
    }
    std::printf("%s: OK, catalog version %s, %zu services, %zu authorities\n",
                qPrintable(file),
                qPrintable(catalog->catalogVersion()),
                catalog->services().size(),
                catalog->authorities().size());
    return 0;
}

int installCatalog(const QString& file, const TerminalConfig& config, const OzgTaxonomy& taxonomy)
{
    const std::optional<QByteArray> bytes = readFile(file);
    if (!bytes) {
        return 1;
    }
    const CatalogStore store = catalogStore(config);
    QString error;
    const std::optional<Catalog> installed = store.install(*bytes, taxonomy, &error);
    if (!installed) {
        std::printf("%s: not installed: %s\n", qPrintable(file), qPrintable(error));
        return 1;
    }
    std::printf("catalog %s with %zu services installed to %s; it is used from the next start\n",
                qPrintable(installed->catalogVersion()),
                installed->services().size(),
                qPrintable(store.installedPath()));
    return 0;
}

int signCatalog(const QString& file, const QString& keyFile, const OzgTaxonomy& taxonomy)
{
    const std::optional<QByteArray> catalog = readFile(file);
    const std::optional<QByteArray> key = readFile(keyFile);
    if (!catalog || !key) {
        return 1;
    }
    QString error;
    if (!Catalog::parse(*catalog, taxonomy, &error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(error));
        return 1;
    }
    const std::optional<QByteArray> update = CatalogUpdate::sign(*catalog, *key, &error);
    if (!update) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(keyFile), qPrintable(error));
        return 1;
    }
    std::fwrite(update->constData(), 1, static_cast<std::size_t>(update->size()), stdout);
    return 0;
}

// A problem of the merged catalog names the service by its key: staff know keys, not indexes.
QString withServiceKey(const QString& error, const QJsonObject& catalog)
{
    static const QRegularExpression servicePath(QStringLiteral("^services\\[([0-9]+)\\]"));
    const QRegularExpressionMatch match = servicePath.match(error);
    if (!match.hasMatch()) {
        return error;
    }
    const QJsonObject service =
        catalog.value(QStringLiteral("services")).toArray().at(match.captured(1).toLongLong()).toObject();
    return QStringLiteral("%1 (service %2)").arg(error, service.value(QStringLiteral("key")).toString());
}

// --import-xzufi: the Leistung records of an XZuFi file merged into a copy of a catalog, written
// only if every record maps and the result is a valid catalog.
int importXzufi(const CommandLine& line, const OzgTaxonomy& taxonomy)
{
    if (line.intoCatalog.isEmpty() || line.outCatalog.isEmpty()) {
        std::printf("--import-xzufi needs --into CATALOG.json and --out NEW.json\n");
        return 1;
    }
    const std::optional<QByteArray> xml = readFile(line.xzufiFile);
    const std::optional<QByteArray> catalogBytes = readFile(line.intoCatalog);
    if (!xml || !catalogBytes) {
        return 1;
    }
    QString error;
    if (!Catalog::parse(*catalogBytes, taxonomy, &error)) {
        std::printf("%s: %s\n", qPrintable(line.intoCatalog), qPrintable(error));
        return 1;
    }
    const std::optional<XzufiFile> file = XzufiReader::read(*xml, line.xzufiFile, &error);
    const QJsonObject catalog = QJsonDocument::fromJson(*catalogBytes).object();
    const XzufiImporter importer(catalog, {line.authority, line.themenfeld, line.lagen});
    const std::optional<XzufiImport> imported = file ? importer.import(*file, line.xzufiFile, &error) : std::nullopt;
    if (!imported) {
        std::printf("%s\nnothing imported\n", qPrintable(error));
        return 1;
    }
    CatalogMerge::Counts counts;
    const QJsonObject merged = CatalogMerge::merge(catalog, imported->services, imported->authorities, &counts);
    const QByteArray bytes = QJsonDocument(merged).toJson(QJsonDocument::Indented);
    if (!Catalog::parse(bytes, taxonomy, &error)) {
        std::printf("%s: the catalog would be invalid: %s\nnothing imported\n",
                    qPrintable(line.xzufiFile),
                    qPrintable(withServiceKey(error, merged)));
        return 1;
    }
    QSaveFile output(line.outCatalog);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size() || !output.commit()) {
        std::printf("%s: cannot be written: %s\n", qPrintable(line.outCatalog), qPrintable(output.errorString()));
        return 1;
    }
    std::printf("%s: %zu services imported (%d replaced, %d added), %zu authorities (%d replaced, %d added); "
                "catalog written to %s\n",
                qPrintable(line.xzufiFile),
                imported->services.size(),
                counts.servicesReplaced,
                counts.servicesAdded,
                imported->authorities.size(),
                counts.authoritiesReplaced,
                counts.authoritiesAdded,
                qPrintable(line.outCatalog));
    if (imported->processingTimesNotStated > 0) {
        std::printf("processing time: not stated in %d records, shown as \"keine Angabe\"\n",
                    imported->processingTimesNotStated);
    }
    for (auto it = imported->notMapped.cbegin(); it != imported->notMapped.cend(); ++it) {
        std::printf("not mapped: %s (%d records)\n", qPrintable(it.key()), it.value());
    }
    return 0;
}

// --search: the same engine the terminal uses, for staff and scripts.
int printSearch(const CommandLine& line, const TerminalConfig& config, const OzgTaxonomy& taxonomy)
{
    QString error;
    const std::optional<Catalog> catalog = catalogStore(config).load(taxonomy, &error);
    const std::unique_ptr<SearchEngine> engine =
        catalog ? SearchEngine::openFor(*catalog, searchIndexPath(config), config.popularServices, &error) : nullptr;
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString language = line.language.isEmpty() ? config.defaultLanguage : line.language;
    const SearchOutcome outcome = engine->search(line.query, 5);
    for (const SearchHit& hit : outcome.hits) {
        const Service* service = catalog->find(hit.serviceKey);
        std::printf("%s\t%s\n", qPrintable(hit.serviceKey), qPrintable(service->name.in(language)));
    }
    if (outcome.hits.empty()) {
        if (!outcome.didYouMean.isEmpty()) {
            std::fprintf(stderr, "did you mean: %s\n", qPrintable(outcome.didYouMean));
        }
        std::fprintf(stderr,
                     "no service found; Themenfelder: %s\n",
                     qPrintable(outcome.themenfelder.join(QStringLiteral(", "))));
    }
    return 0;
}

QString operatorConfigPath(const CommandLine& line)
{
    if (!line.configPath.isEmpty()) {
        return line.configPath;
    }
    const QString systemPath = QString::fromLatin1(ConfigLoader::systemPath);
    return QFileInfo::exists(systemPath) ? systemPath : QString();
}

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
        return checkConfig(line.checkedFile);
    }
    if (line.action == CommandLine::Action::CheckSchema) {
        return checkSchema(line.schemaFile);
    }

    LanguageManager languages;
    KioskLockdown lockdown;
    application.installEventFilter(&lockdown);

    std::vector<ConfigError> configErrors;
    const std::optional<TerminalConfig> config = ConfigLoader::load(operatorConfigPath(line), &configErrors);
    QString taxonomyError;
    const std::optional<OzgTaxonomy> taxonomy = OzgTaxonomy::loadShipped(&taxonomyError);
    if (config && taxonomy) {
        switch (line.action) {
        case CommandLine::Action::Search:
            return printSearch(line, *config, *taxonomy);
        case CommandLine::Action::CheckCatalog:
            return checkCatalog(line.checkedCatalog, *config, *taxonomy);
        case CommandLine::Action::InstallCatalog:
            return installCatalog(line.catalogFile, *config, *taxonomy);
        case CommandLine::Action::SignCatalog:
            return signCatalog(line.catalogFile, line.keyFile, *taxonomy);
        case CommandLine::Action::ImportXzufi:
            return importXzufi(line, *taxonomy);
        default:
            break;
        }
    }
    QString catalogError;
    std::optional<Catalog> catalog;
    if (config && taxonomy) {
        catalog = catalogStore(*config).load(*taxonomy, &catalogError);
    }
    if (!config || !taxonomy || !catalog) {
        QStringList problems;
        for (const ConfigError& error : configErrors) {
            problems.append(error.toString());
        }
        for (const QString& error : {taxonomyError, catalogError}) {
            if (!error.isEmpty()) {
                problems.append(error);
            }
        }
        if (line.action != CommandLine::Action::Run && line.action != CommandLine::Action::MeasureStartup) {
            std::fprintf(stderr, "%s\n", qPrintable(problems.join(u'\n')));
            return 1;
        }
        for (const QString& problem : problems) {
            qCCritical(lcApp).noquote() << "out of order:" << problem;
        }
        languages.setLanguage(QStringLiteral("de"));
        bt::widgets::Theme().applyTo(application);
        OutOfServiceScreen outOfOrder(languages, problems);
        if (line.kiosk) {
            outOfOrder.setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        }
        showFor(outOfOrder, line);
        return QApplication::exec();
    }

    SystemClock clock;
    Session session({config->defaultLanguage, config->theme});
    Journey journey(session);
    IdleWatcher idleWatcher(clock, config->idleTimeout, config->countdown);
    UserActivityFilter activity;
    application.installEventFilter(&activity);
    QObject::connect(&activity, &UserActivityFilter::activity, &idleWatcher, &IdleWatcher::reportActivity);

    std::unique_ptr<StaffCall> staffCall;
    if (!config->staffCallUrl.isEmpty()) {
        staffCall = std::make_unique<HttpStaffCall>(config->staffCallUrl, config->terminalId, config->staffCallTimeout);
    }
    // The search index is built (only if the catalog changed) and opened on its own thread.
    SearchService search;
    search.prepare(std::make_shared<const Catalog>(*catalog), searchIndexPath(*config), config->popularServices);
    QObject::connect(&search, &SearchService::failed, [](const QString& problem) {
        qCCritical(lcApp).noquote() << "search unavailable, browsing only:" << problem;
    });
    KioskWindow window(line.kiosk ? KioskWindow::Mode::Kiosk : KioskWindow::Mode::Windowed,
                       *config,
                       *taxonomy,
                       *catalog,
                       &search,
                       session,
                       journey,
                       idleWatcher,
                       languages,
                       staffCall.get());

    UnixSignalWatcher stopSignals;
    QObject::connect(&stopSignals, &UnixSignalWatcher::stopRequested, &window, [&](int signalNumber) {
        qCInfo(lcApp) << "stopping on signal" << signalNumber;
        window.allowClose();
        QApplication::quit();
    });
    // Whatever ends the program, nothing of the last citizen stays in memory.
    QObject::connect(&application, &QApplication::aboutToQuit, &window, [&] {
        if (journey.step() != JourneyStep::Attract) {
            journey.wipe(Journey::WipeReason::Shutdown);
        }
    });

    switch (line.action) {
    case CommandLine::Action::Screenshots: {
        ScreenshotRenderer renderer(window, session, languages, *config, *taxonomy, search);
        QString error;
        const int written = renderer.renderAll(line.screenshotDir, &error);
        if (written < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d screenshots written to %s\n", written, qPrintable(line.screenshotDir));
        return 0;
    }
    case CommandLine::Action::MeasureStartup: {
        // The benchmark starts as if the first touch came at once: the home screen is what counts.
        StartupProbe probe(sinceMain);
        probe.watch(window.homeScreen());
        journey.go(JourneyStep::Home);
        showFor(window, line);
        return QApplication::exec();
    }
    default:
        break;
    }
    showFor(window, line);
    qCInfo(lcApp) << "terminal" << config->terminalId << "ready";
    return QApplication::exec();
}
