#include "CodeListRegistry.h"
#include "SchemaParser.h"
#include "SchemaStatistics.h"
#include "StaffCommands.h"

#include <QMap>
#include <QStringList>

#include <cstdio>

namespace bt::app::commands {

// --check-schema: a FIM schema as the terminal would read it, with the shipped code lists.
int checkSchema(const QString& file)
{
    using namespace bt::forms;
    SchemaError error;
    const std::optional<CodeListRegistry> codeLists =
        CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
    if (!codeLists) {
        std::printf("%s\n", qPrintable(error.toString()));
        return 1;
    }
    const std::optional<FormSchema> schema = SchemaParser::load(file, &*codeLists, &error);
    if (!schema) {
        std::printf("%s\n", qPrintable(error.toString()));
        return 1;
    }
    const SchemaStatistics statistics = SchemaStatistics::of(*schema);
    const auto counts = [](const QMap<QString, int>& map) {
        QStringList parts;
        for (auto it = map.begin(); it != map.end(); ++it) {
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        }
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    };
    std::printf("%s: OK, %s %s %s version %s \"%s\"\n",
                qPrintable(file),
                qPrintable(layoutName(schema->layout)),
                schema->isGroupMessage ? "Datenfeldgruppe" : "Stammdatenschema",
                qPrintable(schema->id),
                qPrintable(schema->version.isEmpty() ? QStringLiteral("-") : schema->version),
                qPrintable(schema->name));
    std::printf("groups: %d (%d distinct)\n", statistics.groupUsages, statistics.distinctGroups);
    std::printf("fields: %d (%d distinct)\n", statistics.fieldUsages, statistics.distinctFields);
    std::printf("fields by data type: %s\n", qPrintable(counts(statistics.fieldsByDataType)));
    std::printf("fields by kind: %s\n", qPrintable(counts(statistics.fieldsByKind)));
    QStringList lists;
    for (auto it = statistics.codeLists.begin(); it != statistics.codeLists.end(); ++it) {
        lists.append(it.value() < 0 ? it.key() + QStringLiteral(" (NOT SHIPPED)")
                                    : QStringLiteral("%1 (%2 values)").arg(it.key()).arg(it.value()));
    }
    std::printf("code lists: %s\n", lists.isEmpty() ? "none" : qPrintable(lists.join(QStringLiteral(", "))));
    std::printf("rules: %d, declarative %d, unsupported %zu\n",
                statistics.rules,
                statistics.rules - static_cast<int>(statistics.unsupportedRules.size()),
                statistics.unsupportedRules.size());
    for (const Rule* rule : statistics.unsupportedRules) {
        std::printf("unsupported rule: %s \"%s\" (%s)\n",
                    qPrintable(rule->id),
                    qPrintable(rule->name),
                    rule->script.isEmpty() ? "text only" : "script kept, not run");
    }
    const QStringList missing = schema->missingCodeLists();
    if (!missing.isEmpty()) {
        std::printf("warning: code lists not shipped, their select fields cannot be shown: %s\n",
                    qPrintable(missing.join(QStringLiteral(", "))));
    }
    return 0;
}

} // namespace bt::app::commands
