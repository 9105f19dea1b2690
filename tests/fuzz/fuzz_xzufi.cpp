// XZuFi files come from outside (Redaktionen, portals): any bytes must give service entries that
// make a valid catalog, or one "file:line:column: what" error, never a crash or a half import.
#include "Catalog.h"
#include "CatalogMerge.h"
#include "OzgTaxonomy.h"
#include "XzufiImporter.h"
#include "XzufiReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

void btInitTerminalResources();

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const bt::app::OzgTaxonomy taxonomy = [] {
        btInitTerminalResources();
        bt::app::Failure failure;
        std::optional<bt::app::OzgTaxonomy> shipped = bt::app::OzgTaxonomy::loadShipped(&failure);
        if (!shipped) {
            std::abort();
        }
        return *shipped;
    }();
    static const QJsonObject catalog = [] {
        QFile file(QString::fromLatin1(bt::app::Catalog::resourcePath));
        if (!file.open(QIODevice::ReadOnly)) {
            std::abort();
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    const bt::app::XzufiImportDefaults defaults{
        QStringLiteral("buergerbuero"), QStringLiteral("querschnitt"), {QStringLiteral("querschnitt-buerger")}};
    bt::app::Failure failure;
    const std::optional<bt::app::XzufiFile> file =
        bt::app::XzufiReader::read(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
                                   QStringLiteral("fuzz.xml"),
                                   &failure);
    if (file.has_value() == static_cast<bool>(failure) || (!file && failure.staffDetail().isEmpty())) {
        std::abort();
    }
    if (!file) {
        return 0;
    }
    const std::optional<bt::app::XzufiImport> imported =
        bt::app::XzufiImporter(catalog, defaults).import(*file, QStringLiteral("fuzz.xml"), &failure);
    if (imported.has_value() == static_cast<bool>(failure) || (!imported && failure.staffDetail().isEmpty())) {
        std::abort();
    }
    if (imported) {
        bt::app::CatalogMerge::Counts counts;
        const QJsonObject merged =
            bt::app::CatalogMerge::merge(catalog, imported->services, imported->authorities, &counts);
        if (counts.servicesAdded + counts.servicesReplaced != static_cast<int>(imported->services.size())) {
            std::abort(); // every imported service is in the catalog exactly once
        }
        // The merged catalog may still be refused (e.g. a text the loader rejects); it must not crash.
        (void)bt::app::Catalog::parse(QJsonDocument(merged).toJson(), taxonomy, &failure);
    }
    return 0;
}
