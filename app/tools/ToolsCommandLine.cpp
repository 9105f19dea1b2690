#include "ToolsCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace bt::app {

ToolsCommandLine ToolsCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bürgerterminal staff tools: screenshots of every screen, signed catalog updates. "
                       "The kiosk program is buergerterminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Read the configuration from <file> (default: /etc/buergerterminal/terminal.conf if present)."),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every screen to PNG files in <dir> (all languages, orientations, looks), exit."),
        QStringLiteral("dir"));
    const QCommandLineOption signCatalog(
        QStringLiteral("sign-catalog"),
        QStringLiteral("Print a catalog update of the catalog <file>, signed with --key (for operators), exit."),
        QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("Ed25519 private key (PEM) for --sign-catalog."), QStringLiteral("file"));
    parser.addOptions({config, screenshot, signCatalog, key});
    parser.process(arguments);

    ToolsCommandLine line;
    line.configPath = parser.value(config);
    if (parser.isSet(screenshot)) {
        line.action = Action::Screenshots;
        line.screenshotDir = parser.value(screenshot);
    } else if (parser.isSet(signCatalog)) {
        line.action = Action::SignCatalog;
        line.catalogFile = parser.value(signCatalog);
        line.keyFile = parser.value(key);
    } else {
        std::fprintf(stderr,
                     "%s: no tool asked for: --screenshot DIR or --sign-catalog FILE --key KEY.pem\n\n%s",
                     qPrintable(QCoreApplication::applicationName()),
                     qPrintable(parser.helpText()));
        std::exit(2);
    }
    return line;
}

} // namespace bt::app
