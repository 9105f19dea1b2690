#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace bt::app {

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bürgerterminal: self-service terminal for town halls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
                                   QStringLiteral("Full-screen, frameless and on top; cannot be closed by a citizen."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Read the configuration from <file> (default: /etc/buergerterminal/terminal.conf if present)."),
        QStringLiteral("file"));
    const QCommandLineOption checkConfig(QStringLiteral("check-config"),
                                         QStringLiteral("Check <file> as a terminal.conf, print the problems, exit."),
                                         QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every screen to PNG files in <dir> (all languages, orientations, looks), exit."),
        QStringLiteral("dir"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QStringLiteral("Print the time from start to the first paint of the home screen, exit."));
    parser.addOptions({kiosk, config, checkConfig, screenshot, measureStartup});
    parser.process(arguments);

    CommandLine line;
    line.kiosk = parser.isSet(kiosk);
    line.configPath = parser.value(config);
    if (parser.isSet(checkConfig)) {
        line.action = Action::CheckConfig;
        line.checkedFile = parser.value(checkConfig);
    } else if (parser.isSet(screenshot)) {
        line.action = Action::Screenshots;
        line.screenshotDir = parser.value(screenshot);
    } else if (parser.isSet(measureStartup)) {
        line.action = Action::MeasureStartup;
    }
    return line;
}

bool CommandLine::needsOffscreenPlatform(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0
            || std::strcmp(argv[i], "--check-config") == 0 || std::strncmp(argv[i], "--check-config=", 15) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace bt::app
