// FIM schemas and genericode lists come from outside (editors, XRepository, operators): any
// bytes must give a complete schema or one error with a place, never a crash or a half-read form.
#include "GenericodeParser.h"
#include "GroupValidator.h"
#include "SchemaParser.h"
#include "SchemaStatistics.h"

#include <QDate>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    bt::forms::SchemaError error;
    const std::optional<bt::forms::FormSchema> schema =
        bt::forms::SchemaParser::parse(bytes, QStringLiteral("fuzz.xml"), nullptr, &error);
    if (!schema && error.message.isEmpty() && error.code != bt::forms::SchemaError::Code::Xml_NotWellFormed) {
        std::abort(); // a rejection always says what is wrong
    }
    if (schema) {
        const bt::forms::SchemaStatistics statistics = bt::forms::SchemaStatistics::of(*schema);
        if (statistics.distinctFields > statistics.fieldUsages || statistics.distinctGroups > statistics.groupUsages) {
            std::abort();
        }
        schema->visit([](const bt::forms::FormSchema::Visit& visit) {
            if (!visit.member.field == !visit.member.group) {
                std::abort(); // every member is exactly one of field and group
            }
        });
        // Rules recognised from fuzzed text are evaluated against answers naming their fields.
        bt::forms::Answers answers;
        for (const bt::forms::Rule* rule : schema->rules()) {
            if (rule->condition) {
                answers.insert(rule->condition->trigger, rule->condition->triggerValue);
                for (const QString& target : rule->condition->targets) {
                    answers.insert(target, QStringLiteral("01.01.2000"));
                }
            }
        }
        (void)bt::forms::GroupValidator::validate(schema->root, answers, QDate(2026, 1, 1));
        (void)bt::forms::GroupValidator::validate(schema->root, {}, QDate(2026, 1, 1));
    }
    const std::optional<bt::forms::CodeList> list =
        bt::forms::GenericodeParser::parse(bytes, QStringLiteral("fuzz.xml"), &error);
    if (list && list->entries().empty()) {
        std::abort();
    }
    return 0;
}
