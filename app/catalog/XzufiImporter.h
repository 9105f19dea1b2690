#pragma once

#include "Failure.h"
#include "XzufiRecords.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bt::app {

// What an XZuFi record does not say, for services new to the catalog (staff give these on
// the command line): the responsible authority when the file has no Organisationseinheit
// for it, and the OZG Themenfeld and Lagen, which XZuFi does not carry at all.
struct XzufiImportDefaults
{
    QString authority;
    QString themenfeld;
    QStringList lagen;
};

struct XzufiImport
{
    std::vector<QJsonObject> services;    // entries in the catalog's JSON form
    std::vector<QJsonObject> authorities; // from Organisationseinheiten of the file
    QMap<QString, int> notMapped;         // XZuFi element → how many records had it
    int processingTimesNotStated = 0;
};

// Maps the Leistung records of one XZuFi file to catalog service entries
// (docs/catalog-format.md, "Importing XZuFi"). A field the record does not carry is taken
// from the catalog entry with the same key, else from the defaults. All or nothing: the
// first record that cannot become a valid entry stops the import (Catalog_XzufiNotImportable),
// named by its id.
class XzufiImporter
{
public:
    XzufiImporter(const QJsonObject& catalog, XzufiImportDefaults defaults);

    [[nodiscard]] std::optional<XzufiImport>
    import(const XzufiFile& file, const QString& fileName, Failure* failure) const;

    // The catalog key of a record: its LeiKa key, else "local:xzufi-<id as slug>".
    [[nodiscard]] static QString keyFor(const XzufiLeistung& leistung);

private:
    QMap<QString, QJsonObject> m_existingServices;
    QStringList m_existingAuthorities;
    XzufiImportDefaults m_defaults;
};

} // namespace bt::app
