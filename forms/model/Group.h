#pragma once

#include "Field.h"
#include "Multiplicity.h"
#include "Rule.h"

#include <QString>

#include <memory>
#include <vector>

namespace bt::forms {

struct Group;

// One place in a group ("struktur"): a field or a nested group, and how often it occurs there.
struct Member
{
    Multiplicity multiplicity;
    std::shared_ptr<const Field> field; // exactly one of field and group is set
    std::shared_ptr<const Group> group;

    [[nodiscard]] bool isField() const { return field != nullptr; }
    [[nodiscard]] const QString& id() const;
};

// XDatenfelder "datenfeldgruppe": fields and groups in the order a citizen answers them.
struct Group
{
    QString id;
    QString version;
    QString name;
    QString label;
    QString helpText;
    QString description;
    std::vector<Member> members;
    std::vector<Rule> rules;
};

} // namespace bt::forms
