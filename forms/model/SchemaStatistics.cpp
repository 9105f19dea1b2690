#include "SchemaStatistics.h"

namespace bt::forms {

SchemaStatistics SchemaStatistics::of(const FormSchema& schema)
{
    SchemaStatistics statistics;
    schema.visit([&](const FormSchema::Visit& visit) {
        if (visit.member.group) {
            ++statistics.groupUsages;
            return;
        }
        const Field& field = *visit.member.field;
        ++statistics.fieldUsages;
        ++statistics.fieldsByDataType[codeOf(field.type)];
        ++statistics.fieldsByKind[codeOf(field.kind)];
        if (field.kind != FieldKind::Select) {
            return;
        }
        if (!field.codeListReference.isEmpty()) {
            statistics.codeLists[field.codeListReference.versionUri()] =
                field.codeList ? static_cast<int>(field.codeList->entries().size()) : -1;
        } else if (field.codeList) {
            statistics.codeLists[QStringLiteral("inline values of ") + field.id] =
                static_cast<int>(field.codeList->entries().size());
        }
    });
    statistics.distinctGroups = static_cast<int>(schema.groupsById().size());
    statistics.distinctFields = static_cast<int>(schema.fieldsById().size());
    for (const Rule* rule : schema.rules()) {
        ++statistics.rules;
        if (!rule->isSupported()) {
            statistics.unsupportedRules.push_back(rule);
        }
    }
    return statistics;
}

} // namespace bt::forms
