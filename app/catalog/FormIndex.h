#pragma once

#include "Failure.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt::app {

// The forms this build ships (resources/forms/forms.json): form id → schema file. The catalog
// only checks that a terminal service's formId is listed here; reading the schema is forms/' part.
class FormIndex
{
public:
    static constexpr auto resourcePath = ":/forms/forms.json";

    struct Entry
    {
        QString file;     // resource path of the schema, ":/forms/schemas/…"
        QString schemaId; // the Stammdatenschema id inside it, e.g. "S99000001"
    };

    // Either the whole file is valid, or nullopt and a failure whose detail is "where: what".
    [[nodiscard]] static std::optional<FormIndex> parse(const QByteArray& json, Failure* failure);
    [[nodiscard]] static std::optional<FormIndex> loadShipped(Failure* failure);
    // The shipped index, read once; empty (and logged) if this build has none or a broken one.
    [[nodiscard]] static const FormIndex& shipped();

    [[nodiscard]] bool contains(const QString& formId) const { return m_entries.contains(formId); }
    [[nodiscard]] std::optional<Entry> find(const QString& formId) const;
    [[nodiscard]] QStringList formIds() const; // sorted

private:
    QHash<QString, Entry> m_entries;
};

} // namespace bt::app
