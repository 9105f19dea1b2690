// The staff tools' composition root: buergerterminal-tools, the executable for what staff and
// IT do away from a citizen (screenshots with a made-up citizen, signing catalog updates). The
// kiosk program, app/main.cpp, contains none of it (DESIGN.md).

#include "Catalog.h"
#include "CatalogStore.h"
#include "CommandSupport.h"
#include "ConfigLoader.h"
#include "LanguageManager.h"
#include "OzgTaxonomy.h"
#include "TerminalPaths.h"
#include "ToolCommands.h"
#include "ToolsCommandLine.h"

#include <QApplication>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

void btInitTerminalResources();

namespace {

using namespace bt::app;

QString operatorConfigPath(const ToolsCommandLine& line)
{
    if (!line.configPath.isEmpty()) {
        return line.configPath;
    }
    const QString systemPath = QString::fromLatin1(ConfigLoader::systemPath);
    return QFileInfo::exists(systemPath) ? systemPath : QString();
}

} // namespace

int main(int argc, char** argv)
{
    // No tool shows a window; screenshots are rendered off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qSetMessagePattern(QStringLiteral("%{type} %{category}: %{message}"));
    // As in the kiosk program: the terminal's window may hold the embedded browser.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("buergerterminal-tools"));
    QApplication::setApplicationVersion(QStringLiteral(BT_VERSION));
    btInitTerminalResources();
    const ToolsCommandLine line = ToolsCommandLine::parse(QApplication::arguments());
    // From here on the terminal's own files (installed catalog, search index, drafts): the user's
    // folders are named after the application.
    QApplication::setApplicationName(QStringLiteral("buergerterminal"));

    LanguageManager languages;
    std::vector<ConfigError> configErrors;
    const std::optional<TerminalConfig> config = ConfigLoader::load(operatorConfigPath(line), &configErrors);
    Failure taxonomyFailure;
    const std::optional<OzgTaxonomy> taxonomy = OzgTaxonomy::loadShipped(&taxonomyFailure);
    if (config && taxonomy && line.action == ToolsCommandLine::Action::SignCatalog) {
        return tools::signCatalog(line.catalogFile, line.keyFile, *taxonomy);
    }
    Failure catalogFailure;
    std::optional<Catalog> catalog;
    if (config && taxonomy) {
        catalog = catalogStore(*config).load(*taxonomy, &catalogFailure);
    }
    if (!config || !taxonomy || !catalog) {
        const QStringList problems =
            startProblems(configErrors, taxonomyFailure.staffDetail(), catalogFailure.staffDetail());
        std::fprintf(stderr, "%s\n", qPrintable(problems.join(u'\n')));
        return 1;
    }
    return tools::renderScreenshots(line.screenshotDir, languages, *config, *taxonomy, *catalog);
}
