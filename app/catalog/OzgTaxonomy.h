#pragma once

#include "Failure.h"
#include "LocalizedText.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace bt::app {

// The OZG's 14 Themenfelder and their Lebens- and Unternehmenslagen, from
// resources/taxonomy/ozg-themenfelder.json.
struct Lage
{
    enum class Kind
    {
        Lebenslage,
        Unternehmenslage,
    };
    QString id;
    Kind kind = Kind::Lebenslage;
    LocalizedText name;
};

struct Themenfeld
{
    QString id;
    QString iconPath; // a resource path, ":/icons/themenfelder/…"
    LocalizedText name;
    LocalizedText summary;
    std::vector<Lage> lagen;
};

class OzgTaxonomy
{
public:
    static constexpr auto resourcePath = ":/taxonomy/ozg-themenfelder.json";

    // Either the whole file is valid, or nullopt and a failure whose detail is "where: what".
    [[nodiscard]] static std::optional<OzgTaxonomy> parse(const QByteArray& json, Failure* failure);
    [[nodiscard]] static std::optional<OzgTaxonomy> loadShipped(Failure* failure);

    [[nodiscard]] const std::vector<Themenfeld>& themenfelder() const { return m_themenfelder; }
    [[nodiscard]] const Themenfeld* find(const QString& id) const;
    [[nodiscard]] const Lage* findLage(const QString& id) const;

private:
    std::vector<Themenfeld> m_themenfelder;
};

} // namespace bt::app
