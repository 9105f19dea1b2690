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
        Screenshots,
        MeasureStartup,
        Search,
        CheckCatalog,
        InstallCatalog,
        SignCatalog,
        ImportXzufi,
        CheckSchema,
    };
    Action action = Action::Run;
    bool kiosk = false;
    QString configPath;  // --config, empty: the system file if present
    QString checkedFile; // --check-config
    QString screenshotDir;
    QString query;    // --search
    QString language; // --lang, empty: the configured default
    QString checkedCatalog;
    QString catalogFile; // --install-catalog, --sign-catalog
    QString keyFile;     // --key
    QString xzufiFile;   // --import-xzufi
    QString intoCatalog; // --into
    QString outCatalog;  // --out
    QString authority;   // --authority: for services whose file names no Organisationseinheit
    QString themenfeld;  // --themenfeld, --lage: for services new to the catalog
    QStringList lagen;
    QString schemaFile; // --check-schema

    // Exits with a usage message on bad arguments (QCommandLineParser's behaviour).
    [[nodiscard]] static CommandLine parse(const QStringList& arguments);
    // Some actions must choose the Qt platform before QApplication exists.
    [[nodiscard]] static bool needsOffscreenPlatform(int argc, char** argv);
};

} // namespace bt::app
