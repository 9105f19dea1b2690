// The staff tools' composition root: buergerterminal-tools, the executable for what staff and
// IT do away from a citizen (screenshots with a made-up citizen, signing catalog updates). The
// kiosk program, app/main.cpp, contains none of it (DESIGN.md).

#include "CommandSupport.h"
#include "LanguageManager.h"
#include "ToolCommands.h"
#include "ToolsCommandLine.h"

#include <QApplication>
#include <QStringList>

#include <cstdio>

void btInitTerminalResources();

using namespace bt::app;

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
    StartData start(line.configPath);
    if (start.hasConfigAndTaxonomy() && line.action == ToolsCommandLine::Action::SignCatalog) {
        return tools::signCatalog(line.catalogFile, line.keyFile, *start.taxonomy);
    }
    if (!start.loadCatalog()) {
        std::fprintf(stderr, "%s\n", qPrintable(start.problems().join(u'\n')));
        return 1;
    }
    return tools::renderScreenshots(line.screenshotDir, languages, *start.config, *start.taxonomy, *start.catalog);
}
