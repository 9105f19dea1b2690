#include "FormSchema.h"

#include <QSet>

namespace bt::forms {

const QString& Member::id() const
{
    return field ? field->id : group->id;
}

namespace {

void visitMembers(const Group& group,
                  std::vector<const Group*>& parents,
                  const std::function<void(const FormSchema::Visit&)>& visitor)
{
    for (const Member& member : group.members) {
        visitor(FormSchema::Visit{parents, member});
        if (member.group) {
            parents.push_back(member.group.get());
            visitMembers(*member.group, parents, visitor);
            parents.pop_back();
        }
    }
}

} // namespace

void FormSchema::index()
{
    m_fields.clear();
    m_groups.clear();
    visit([this](const Visit& visit) {
        if (visit.member.field && !m_fields.contains(visit.member.field->id)) {
            m_fields.insert(visit.member.field->id, visit.member.field);
        }
        if (visit.member.group && !m_groups.contains(visit.member.group->id)) {
            m_groups.insert(visit.member.group->id, visit.member.group);
        }
    });
}

const Field* FormSchema::field(const QString& id) const
{
    const auto it = m_fields.constFind(id);
    return it == m_fields.cend() ? nullptr : it->get();
}

const Group* FormSchema::group(const QString& id) const
{
    const auto it = m_groups.constFind(id);
    return it == m_groups.cend() ? nullptr : it->get();
}

void FormSchema::visit(const std::function<void(const Visit&)>& visitor) const
{
    std::vector<const Group*> parents;
    visitMembers(root, parents, visitor);
}

std::vector<const Rule*> FormSchema::rules() const
{
    std::vector<const Rule*> rules;
    QSet<QString> seen;
    const auto add = [&](const std::vector<Rule>& list) {
        for (const Rule& rule : list) {
            if (!seen.contains(rule.id)) {
                seen.insert(rule.id);
                rules.push_back(&rule);
            }
        }
    };
    add(root.rules);
    visit([&](const Visit& visit) { add(visit.member.field ? visit.member.field->rules : visit.member.group->rules); });
    return rules;
}

QStringList FormSchema::missingCodeLists() const
{
    QStringList missing;
    for (const auto& field : m_fields) {
        if (field->kind == FieldKind::Select && !field->codeList && !field->codeListReference.isEmpty() &&
            !missing.contains(field->codeListReference.versionUri())) {
            missing.append(field->codeListReference.versionUri());
        }
    }
    missing.sort();
    return missing;
}

QString layoutName(LayoutVersion layout)
{
    switch (layout) {
    case LayoutVersion::V1:
        return QStringLiteral("XDatenfelder 1.x");
    case LayoutVersion::V2:
        return QStringLiteral("XDatenfelder 2.0");
    case LayoutVersion::V3:
        return QStringLiteral("XDatenfelder 3.0.0");
    }
    return {};
}

} // namespace bt::forms
