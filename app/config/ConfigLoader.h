#pragma once

#include "ConfigError.h"
#include "TerminalConfig.h"

#include <QString>

#include <optional>
#include <vector>

namespace bt::app {

// Loads terminal.conf: first the embedded defaults, then the operator's file on top.
// Either the whole configuration is valid or nothing is returned and every problem is listed.
class ConfigLoader
{
public:
    // The defaults shipped inside the binary (resources/config/terminal.conf).
    static constexpr auto embeddedDefaultsPath = ":/config/terminal.conf";
    // Where an installed terminal looks when no --config is given.
    static constexpr auto systemPath = "/etc/buergerterminal/terminal.conf";

    // operatorFile empty: defaults only.
    [[nodiscard]] static std::optional<TerminalConfig> load(const QString& operatorFile,
                                                            std::vector<ConfigError>* errors);
    // Applies INI text on top of base; for tests and for --check-config.
    [[nodiscard]] static std::optional<TerminalConfig> apply(const TerminalConfig& base,
                                                             const QByteArray& text,
                                                             const QString& fileName,
                                                             std::vector<ConfigError>* errors);
};

} // namespace bt::app
