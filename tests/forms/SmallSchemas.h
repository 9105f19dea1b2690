#pragma once

#include "FormSchema.h"

#include <memory>

// Small hand-built schemas for the answers and submission tests: every data type, a select with
// an inline code list, a label, a repeatable group with a nested repeatable group.
namespace bt::test {

inline std::shared_ptr<const bt::forms::Field>
field(const char* id, bt::forms::DataType type, bt::forms::FieldKind kind = bt::forms::FieldKind::Input)
{
    auto field = std::make_shared<bt::forms::Field>();
    field->id = QString::fromLatin1(id);
    field->version = QStringLiteral("1.0");
    field->label = field->id;
    field->type = type;
    field->kind = kind;
    if (kind == bt::forms::FieldKind::Select) {
        field->codeList = std::make_shared<bt::forms::CodeList>(
            bt::forms::CodeListReference{QStringLiteral("urn:test:farbe"), QStringLiteral("1"), {}},
            QStringLiteral("Farbe"),
            std::vector<bt::forms::CodeListEntry>{{QStringLiteral("rot"), QStringLiteral("Rot"), {}},
                                                  {QStringLiteral("blau"), QStringLiteral("Blau"), {}}});
    }
    return field;
}

inline bt::forms::Member member(std::shared_ptr<const bt::forms::Field> field, const char* multiplicity = "0:1")
{
    return {*bt::forms::Multiplicity::parse(QString::fromLatin1(multiplicity)), std::move(field), nullptr};
}

inline bt::forms::Member member(std::shared_ptr<const bt::forms::Group> group, const char* multiplicity)
{
    return {*bt::forms::Multiplicity::parse(QString::fromLatin1(multiplicity)), nullptr, std::move(group)};
}

// S1 1.2: F_NAME text 1:1, F_BORN date, F_OK bool, F_LABEL label, G_CHILD 0:3 { F_CNAME text 1:1,
// F_AGE num_int, G_NOTE 0:* { F_TEXT text } }, F_FEE num_currency, F_SIZE num, F_COLOUR select,
// F_TIME time, F_WHEN datetime.
inline bt::forms::FormSchema smallSchema()
{
    using namespace bt::forms;
    auto note = std::make_shared<Group>();
    note->id = QStringLiteral("G_NOTE");
    note->members = {member(field("F_TEXT", DataType::Text))};
    auto child = std::make_shared<Group>();
    child->id = QStringLiteral("G_CHILD");
    child->members = {member(field("F_CNAME", DataType::Text), "1:1"),
                      member(field("F_AGE", DataType::NumInt)),
                      member(std::shared_ptr<const Group>(note), "0:*")};
    FormSchema schema;
    schema.id = QStringLiteral("S1");
    schema.version = QStringLiteral("1.2");
    schema.root.id = schema.id;
    schema.root.members = {member(field("F_NAME", DataType::Text), "1:1"),
                           member(field("F_BORN", DataType::Date)),
                           member(field("F_OK", DataType::Bool)),
                           member(field("F_LABEL", DataType::Text, FieldKind::Label)),
                           member(std::shared_ptr<const Group>(child), "0:3"),
                           member(field("F_FEE", DataType::NumCurrency)),
                           member(field("F_SIZE", DataType::Num)),
                           member(field("F_COLOUR", DataType::Text, FieldKind::Select)),
                           member(field("F_TIME", DataType::Time)),
                           member(field("F_WHEN", DataType::DateTime))};
    schema.index();
    return schema;
}

} // namespace bt::test
