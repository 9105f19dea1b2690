#pragma once

#include "Failure.h"
#include "Service.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace bt::app {

class FormIndex;
class OzgTaxonomy;

// The services the terminal knows, with their authorities; loaded completely or not at all.
class Catalog
{
public:
    static constexpr auto resourcePath = ":/catalog/catalog.json";
    static constexpr int formatVersion = 1;

    // Checks every field and every reference (Themenfeld, Lage, authority, form); on failure
    // returns nullopt and a failure whose detail is "path: problem". Without forms: this build's
    // FormIndex::shipped().
    [[nodiscard]] static std::optional<Catalog>
    parse(const QByteArray& json, const OzgTaxonomy& taxonomy, Failure* failure);
    [[nodiscard]] static std::optional<Catalog>
    parse(const QByteArray& json, const OzgTaxonomy& taxonomy, const FormIndex& forms, Failure* failure);
    [[nodiscard]] static std::optional<Catalog> loadShipped(const OzgTaxonomy& taxonomy, Failure* failure);

    [[nodiscard]] QString catalogVersion() const { return m_catalogVersion; }
    [[nodiscard]] QDate issued() const { return m_issued; }
    [[nodiscard]] const std::vector<Service>& services() const { return m_services; }
    [[nodiscard]] const std::vector<Authority>& authorities() const { return m_authorities; }
    [[nodiscard]] const Service* find(const QString& key) const;
    [[nodiscard]] const Authority* authority(const QString& id) const;

    // "2026.11.1" style versions compared numerically; an update must be newer.
    [[nodiscard]] static int compareVersions(const QString& left, const QString& right);

private:
    QString m_catalogVersion;
    QDate m_issued;
    std::vector<Authority> m_authorities;
    std::vector<Service> m_services;
    QHash<QString, std::size_t> m_byKey; // index into m_services: pages and results look up by key
};

} // namespace bt::app
