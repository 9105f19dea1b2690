#pragma once

#include <QString>
#include <QStringList>

namespace bt::app {

// What the terminal was started to do.
struct CommandLine
{
    enum class Action
    {
        Run,
        CheckConfig,
        MeasureStartup,
        Search,
        CheckCatalog,
        InstallCatalog,
        ImportXzufi,
        CheckSchema,
    };
    Action action = Action::Run;
    bool kiosk = false;
    QString configPath;  // --config, empty: the system file if present
    QString checkedFile; // --check-config
    QString query;       // --search
    QString language;    // --lang, empty: the configured default
    QString checkedCatalog;
    QString catalogFile; // --install-catalog
    QString xzufiFile;   // --import-xzufi
    QString intoCatalog; // --into
    QString outCatalog;  // --out
    QString authority;   // --authority: for services whose file names no Organisationseinheit
    QString themenfeld;  // --themenfeld, --lage: for services new to the catalog
    QStringList lagen;
    QString schemaFile; // --check-schema

    // Exits with a usage message on bad arguments (QCommandLineParser's behaviour), and with exit
    // code 2 and a pointer to buergerterminal-tools on the staff tools' options (movedToTools).
    [[nodiscard]] static CommandLine parse(const QStringList& arguments);
    // Some actions must choose the Qt platform before QApplication exists.
    [[nodiscard]] static bool needsOffscreenPlatform(int argc, char** argv);
};

} // namespace bt::app
