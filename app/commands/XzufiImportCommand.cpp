#include "Catalog.h"
#include "CatalogMerge.h"
#include "CommandLine.h"
#include "OzgTaxonomy.h"
#include "CommandSupport.h"
#include "StaffCommands.h"
#include "XzufiImporter.h"
#include "XzufiReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace bt::app::commands {

namespace {

// A problem of the merged catalog names the service by its key: staff know keys, not indexes.
QString withServiceKey(const QString& error, const QJsonObject& catalog)
{
    static const QRegularExpression servicePath(QStringLiteral("^services\\[([0-9]+)\\]"));
    const QRegularExpressionMatch match = servicePath.match(error);
    if (!match.hasMatch()) {
        return error;
    }
    const QJsonObject service =
        catalog.value(QStringLiteral("services")).toArray().at(match.captured(1).toLongLong()).toObject();
    return QStringLiteral("%1 (service %2)").arg(error, service.value(QStringLiteral("key")).toString());
}

} // namespace

// --import-xzufi: the Leistung records of an XZuFi file merged into a copy of a catalog, written
// only if every record maps and the result is a valid catalog.
int importXzufi(const CommandLine& line, const OzgTaxonomy& taxonomy)
{
    if (line.intoCatalog.isEmpty() || line.outCatalog.isEmpty()) {
        std::printf("--import-xzufi needs --into CATALOG.json and --out NEW.json\n");
        return 1;
    }
    const std::optional<QByteArray> xml = readCommandLineFile(line.xzufiFile);
    const std::optional<QByteArray> catalogBytes = readCommandLineFile(line.intoCatalog);
    if (!xml || !catalogBytes) {
        return 1;
    }
    Failure failure;
    if (!Catalog::parse(*catalogBytes, taxonomy, &failure)) {
        std::printf("%s: %s\n", qPrintable(line.intoCatalog), qPrintable(failure.staffDetail()));
        return 1;
    }
    const std::optional<XzufiFile> file = XzufiReader::read(*xml, line.xzufiFile, &failure);
    const QJsonObject catalog = QJsonDocument::fromJson(*catalogBytes).object();
    const XzufiImporter importer(catalog, {line.authority, line.themenfeld, line.lagen});
    const std::optional<XzufiImport> imported = file ? importer.import(*file, line.xzufiFile, &failure) : std::nullopt;
    if (!imported) {
        std::printf("%s\nnothing imported\n", qPrintable(failure.staffDetail()));
        return 1;
    }
    CatalogMerge::Counts counts;
    const QJsonObject merged = CatalogMerge::merge(catalog, imported->services, imported->authorities, &counts);
    const QByteArray bytes = QJsonDocument(merged).toJson(QJsonDocument::Indented);
    if (!Catalog::parse(bytes, taxonomy, &failure)) {
        std::printf("%s: the catalog would be invalid: %s\nnothing imported\n",
                    qPrintable(line.xzufiFile),
                    qPrintable(withServiceKey(failure.staffDetail(), merged)));
        return 1;
    }
    QSaveFile output(line.outCatalog);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size() || !output.commit()) {
        std::printf("%s: cannot be written: %s\n", qPrintable(line.outCatalog), qPrintable(output.errorString()));
        return 1;
    }
    std::printf("%s: %zu services imported (%d replaced, %d added), %zu authorities (%d replaced, %d added); "
                "catalog written to %s\n",
                qPrintable(line.xzufiFile),
                imported->services.size(),
                counts.servicesReplaced,
                counts.servicesAdded,
                imported->authorities.size(),
                counts.authoritiesReplaced,
                counts.authoritiesAdded,
                qPrintable(line.outCatalog));
    if (imported->processingTimesNotStated > 0) {
        std::printf("processing time: not stated in %d records, shown as \"keine Angabe\"\n",
                    imported->processingTimesNotStated);
    }
    for (auto it = imported->notMapped.cbegin(); it != imported->notMapped.cend(); ++it) {
        std::printf("not mapped: %s (%d records)\n", qPrintable(it.key()), it.value());
    }
    return 0;
}

} // namespace bt::app::commands
