#include "FormLibrary.h"

#include "CodeListRegistry.h"
#include "FormIndex.h"
#include "SchemaParser.h"

namespace bt::app::formLibrary {

std::optional<forms::FormSchema> load(const QString& formId, Failure* failure)
{
    const std::optional<FormIndex::Entry> entry = FormIndex::shipped().find(formId);
    if (!entry) {
        *failure = Failure(Failure::Code::Form_NotShipped, QStringLiteral("form \"%1\" is not shipped").arg(formId));
        return std::nullopt;
    }
    forms::SchemaError schemaError;
    const std::optional<forms::CodeListRegistry> codeLists =
        forms::CodeListRegistry::load(QString::fromLatin1(forms::CodeListRegistry::shippedDirectory), &schemaError);
    std::optional<forms::FormSchema> schema =
        codeLists ? forms::SchemaParser::load(entry->file, &*codeLists, &schemaError) : std::nullopt;
    if (!schema) {
        *failure = Failure(Failure::Code::Form_Unreadable, schemaError.toString());
    }
    return schema;
}

} // namespace bt::app::formLibrary
