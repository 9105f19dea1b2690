#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bt::forms {

// How often a field or group occurs in its parent: XDatenfelder "anzahl" as "min:max", max may be
// "*" (unbounded). 0:1 is optional, 1:1 required, 2:5 a group repeated two to five times.
struct Multiplicity
{
    int min = 1;
    std::optional<int> max = 1; // nullopt: unbounded ("*")

    [[nodiscard]] static std::optional<Multiplicity> parse(QStringView text);
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isRequired() const { return min > 0; }
    [[nodiscard]] bool isRepeatable() const { return !max || *max > 1; }
    [[nodiscard]] bool allows(int count) const { return count >= min && (!max || count <= *max); }

    friend bool operator==(const Multiplicity&, const Multiplicity&) = default;
};

} // namespace bt::forms
