#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace bt::app {

namespace {

// Staff and IT commands live in buergerterminal-tools, never in the kiosk program (DESIGN.md); the
// options they had here get a pointer there instead of "unknown option".
struct MovedOption
{
    const char* option;
    const char* nowCalled;
};
constexpr MovedOption movedToTools[] = {
    {"--screenshot", "buergerterminal-tools --screenshot DIR"},
    {"--sign-catalog", "buergerterminal-tools --sign-catalog FILE --key KEY.pem"},
};

bool isOption(const char* argument, const char* option)
{
    const std::size_t length = std::strlen(option);
    return std::strncmp(argument, option, length) == 0 && (argument[length] == '\0' || argument[length] == '=');
}

// Exits with code 2 (a usage error) if an argument asks for a staff tool.
void refuseStaffTools(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QByteArray argument = arguments.at(i).toLocal8Bit();
        if (argument == "--") {
            return; // what follows is not an option
        }
        for (const MovedOption& moved : movedToTools) {
            if (isOption(argument.constData(), moved.option)) {
                std::fprintf(stderr,
                             "%s: %s is a staff tool, not part of the kiosk program; run: %s\n",
                             qPrintable(QCoreApplication::applicationName()),
                             moved.option,
                             moved.nowCalled);
                std::exit(2);
            }
        }
    }
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    refuseStaffTools(arguments);
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
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QStringLiteral("Print the time from start to the first paint of the home screen, exit."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QStringLiteral("Print the top 5 services for <query>, one per line as key<TAB>name, exit."),
        QStringLiteral("query"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Language of the names printed by --search (de, en)."),
                                      QStringLiteral("code"));
    const QCommandLineOption checkCatalog(QStringLiteral("check-catalog"),
                                          QStringLiteral("Check <file> as a service catalog, print the problem, exit."),
                                          QStringLiteral("file"));
    const QCommandLineOption installCatalog(
        QStringLiteral("install-catalog"),
        QStringLiteral("Verify the signed catalog update <file> and install it if it is newer, exit."),
        QStringLiteral("file"));
    const QCommandLineOption importXzufi(
        QStringLiteral("import-xzufi"),
        QStringLiteral("Import the XZuFi 2.2 Leistung records of <file> into the catalog --into, write the complete "
                       "catalog to --out, exit."),
        QStringLiteral("file"));
    const QCommandLineOption into(
        QStringLiteral("into"), QStringLiteral("Catalog the --import-xzufi services go into."), QStringLiteral("file"));
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("Where --import-xzufi writes the new catalog."), QStringLiteral("file"));
    const QCommandLineOption authority(
        QStringLiteral("authority"),
        QStringLiteral("Catalog authority of imported services whose file names no Organisationseinheit."),
        QStringLiteral("id"));
    const QCommandLineOption themenfeld(QStringLiteral("themenfeld"),
                                        QStringLiteral("OZG Themenfeld of imported services new to the catalog."),
                                        QStringLiteral("id"));
    const QCommandLineOption lage(QStringLiteral("lage"),
                                  QStringLiteral("Lage of imported services new to the catalog (repeat for several)."),
                                  QStringLiteral("id"));
    const QCommandLineOption checkSchema(
        QStringLiteral("check-schema"),
        QStringLiteral("Read <file> as a FIM XDatenfelder schema, print a summary or the problems, exit."),
        QStringLiteral("file"));
    parser.addOptions({kiosk,
                       config,
                       checkConfig,
                       measureStartup,
                       search,
                       language,
                       checkCatalog,
                       installCatalog,
                       importXzufi,
                       into,
                       out,
                       authority,
                       themenfeld,
                       lage,
                       checkSchema});
    parser.process(arguments);

    CommandLine line;
    line.kiosk = parser.isSet(kiosk);
    line.configPath = parser.value(config);
    if (parser.isSet(checkConfig)) {
        line.action = Action::CheckConfig;
        line.checkedFile = parser.value(checkConfig);
    } else if (parser.isSet(search)) {
        line.action = Action::Search;
        line.query = parser.value(search);
        line.language = parser.value(language);
    } else if (parser.isSet(installCatalog)) {
        line.action = Action::InstallCatalog;
        line.catalogFile = parser.value(installCatalog);
    } else if (parser.isSet(importXzufi)) {
        line.action = Action::ImportXzufi;
        line.xzufiFile = parser.value(importXzufi);
        line.intoCatalog = parser.value(into);
        line.outCatalog = parser.value(out);
        line.authority = parser.value(authority);
        line.themenfeld = parser.value(themenfeld);
        line.lagen = parser.values(lage);
    } else if (parser.isSet(checkCatalog)) {
        line.action = Action::CheckCatalog;
        line.checkedCatalog = parser.value(checkCatalog);
    } else if (parser.isSet(checkSchema)) {
        line.action = Action::CheckSchema;
        line.schemaFile = parser.value(checkSchema);
    } else if (parser.isSet(measureStartup)) {
        line.action = Action::MeasureStartup;
    }
    return line;
}

bool CommandLine::needsOffscreenPlatform(int argc, char** argv)
{
    // The actions that never show a window, and the staff tools' options, refused without one.
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--check-config",
                                   "--search",
                                   "--check-catalog",
                                   "--install-catalog",
                                   "--import-xzufi",
                                   "--check-schema"}) {
            if (isOption(argv[i], option)) {
                return true;
            }
        }
        for (const MovedOption& moved : movedToTools) {
            if (isOption(argv[i], moved.option)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace bt::app
