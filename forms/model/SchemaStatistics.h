#pragma once

#include "FormSchema.h"

#include <QMap>
#include <QString>

#include <vector>

namespace bt::forms {

// What a schema holds, counted as a summary for staff (--check-schema) and tests. Fields and
// groups are counted per usage (a field used twice counts twice) and as distinct ids.
struct SchemaStatistics
{
    int groupUsages = 0;
    int distinctGroups = 0;
    int fieldUsages = 0;
    int distinctFields = 0;
    QMap<QString, int> fieldsByDataType; // data type code -> usages
    QMap<QString, int> fieldsByKind;     // field kind code -> usages
    QMap<QString, int> codeLists;        // version URI (or "inline F…") -> values; -1: not shipped
    int rules = 0;
    std::vector<const Rule*> unsupportedRules;

    [[nodiscard]] static SchemaStatistics of(const FormSchema& schema);
};

} // namespace bt::forms
