#include "CatalogMerge.h"

#include <QJsonArray>
#include <QString>

namespace bt::app {

namespace {

QJsonArray mergedArray(
    QJsonArray entries, const std::vector<QJsonObject>& incoming, const QString& idField, int* replaced, int* added)
{
    for (const QJsonObject& entry : incoming) {
        const QJsonValue id = entry.value(idField);
        bool found = false;
        for (qsizetype i = 0; i < entries.size() && !found; ++i) {
            if (entries[i].toObject().value(idField) == id) {
                entries[i] = entry;
                found = true;
            }
        }
        if (found) {
            ++*replaced;
        } else {
            entries.append(entry);
            ++*added;
        }
    }
    return entries;
}

} // namespace

QJsonObject CatalogMerge::merge(const QJsonObject& catalog,
                                const std::vector<QJsonObject>& services,
                                const std::vector<QJsonObject>& authorities,
                                Counts* counts)
{
    *counts = {};
    QJsonObject merged = catalog;
    merged[QStringLiteral("authorities")] = mergedArray(catalog.value(QStringLiteral("authorities")).toArray(),
                                                        authorities,
                                                        QStringLiteral("id"),
                                                        &counts->authoritiesReplaced,
                                                        &counts->authoritiesAdded);
    merged[QStringLiteral("services")] = mergedArray(catalog.value(QStringLiteral("services")).toArray(),
                                                     services,
                                                     QStringLiteral("key"),
                                                     &counts->servicesReplaced,
                                                     &counts->servicesAdded);
    return merged;
}

} // namespace bt::app
