#include "ConfigLoader.h"
#include "StaffCommands.h"

#include <cstdio>

namespace bt::app::commands {

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

} // namespace bt::app::commands
