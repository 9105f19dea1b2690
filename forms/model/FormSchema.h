#pragma once

#include "Group.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace bt::forms {

// Which XDatenfelder layout a schema was read from.
enum class LayoutVersion
{
    V1, // 1.x ("xdatenfelder_1"), as in S00000036_WaBeKa.xml
    V2, // 2.0 ("xdatenfelder_2")
    V3, // 3.0.0 ("xdatenfelder_3.0.0")
};

// A complete form: the top-level members in order, each a field or a group with nested members.
// A 3.0.0 message that carries a single data group becomes a schema whose id, names and members
// are those of the group. Copyable; definitions are shared and immutable.
class FormSchema
{
public:
    // Where a member sits: the groups above it (outermost first), and the member itself.
    struct Visit
    {
        const std::vector<const Group*>& parents;
        const Member& member;
    };

    QString id;
    QString version;
    QString name;
    QString label;
    QString description;
    LayoutVersion layout = LayoutVersion::V2;
    Group root; // id/name of the schema; its members are the form's top level; schema-level rules
    bool isGroupMessage = false;

    // Builds the id indexes; the parser calls it once when the schema is complete.
    void index();

    // First definition with this id (a reused field has one definition), or null.
    [[nodiscard]] const Field* field(const QString& id) const;
    [[nodiscard]] const Group* group(const QString& id) const;
    // Every member, depth first in answering order.
    void visit(const std::function<void(const Visit&)>& visitor) const;
    // Every rule of the schema, its groups and its fields, each once (rules are reused too).
    [[nodiscard]] std::vector<const Rule*> rules() const;
    // Code lists referenced by select fields but not shipped (so the form cannot be shown).
    [[nodiscard]] QStringList missingCodeLists() const;

    [[nodiscard]] const QHash<QString, std::shared_ptr<const Field>>& fieldsById() const { return m_fields; }
    [[nodiscard]] const QHash<QString, std::shared_ptr<const Group>>& groupsById() const { return m_groups; }

private:
    QHash<QString, std::shared_ptr<const Field>> m_fields;
    QHash<QString, std::shared_ptr<const Group>> m_groups;
};

[[nodiscard]] QString layoutName(LayoutVersion layout);

} // namespace bt::forms
