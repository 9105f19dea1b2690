// terminal.conf comes from the operator: any bytes must give a configuration or precise
// errors, never a crash, a hang or both at once.
#include "ConfigLoader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<bt::app::ConfigError> errors;
    const std::optional<bt::app::TerminalConfig> config =
        bt::app::ConfigLoader::apply(bt::app::TerminalConfig{},
                                     QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
                                     QStringLiteral("fuzz.conf"),
                                     &errors);
    if (config.has_value() == !errors.empty()) {
        std::abort(); // a result and errors, or neither
    }
    for (const bt::app::ConfigError& error : errors) {
        if (error.problem.isEmpty() || error.file != u"fuzz.conf" || error.line < 0) {
            std::abort(); // every error says what and where
        }
    }
    return 0;
}
