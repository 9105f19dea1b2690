#pragma once

#include <QString>
#include <QStringList>

namespace bt::app {

// What buergerterminal-tools was started to do.
struct ToolsCommandLine
{
    enum class Action
    {
        Screenshots,
        SignCatalog,
    };
    Action action = Action::Screenshots;
    QString configPath;    // --config, empty: the system file if present
    QString screenshotDir; // --screenshot
    QString catalogFile;   // --sign-catalog
    QString keyFile;       // --key

    // Exits with a usage message on bad arguments (QCommandLineParser's behaviour), and with exit
    // code 2 and the usage when no tool is asked for.
    [[nodiscard]] static ToolsCommandLine parse(const QStringList& arguments);
};

} // namespace bt::app
