#pragma once

#include <QJsonObject>

#include <vector>

namespace bt::app {

// Puts imported entries into a catalog in its JSON form: an entry replaces the one with the
// same key (services) or id (authorities) in place, a new one is appended. Everything else
// of the catalog stays as it was.
class CatalogMerge
{
public:
    struct Counts
    {
        int servicesReplaced = 0;
        int servicesAdded = 0;
        int authoritiesReplaced = 0;
        int authoritiesAdded = 0;
    };

    [[nodiscard]] static QJsonObject merge(const QJsonObject& catalog,
                                           const std::vector<QJsonObject>& services,
                                           const std::vector<QJsonObject>& authorities,
                                           Counts* counts);
};

} // namespace bt::app
