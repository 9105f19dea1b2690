#include "SubmissionTree.h"

#include "CanonicalValue.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bt::forms::submission {

namespace {

QString fieldPlace(const QString& path, const QString& fieldId)
{
    return path.isEmpty() ? fieldId : path + u'/' + fieldId;
}

QString maximumText(const Multiplicity& multiplicity)
{
    return multiplicity.max ? QString::number(*multiplicity.max) : QStringLiteral("unbounded");
}

class TreeBuilder
{
public:
    TreeBuilder(const FormAnswers& answers, SubmissionError* error)
        : m_answers(answers)
        , m_error(error)
    {}

    std::optional<Occurrence> build(const Group& root)
    {
        std::optional<Occurrence> tree = walk(root, QString());
        if (!tree) {
            return std::nullopt;
        }
        for (const auto& [path, values] : m_answers.all()) {
            if (!path.isEmpty() && !m_visited.contains(path)) {
                return fail(path, QStringLiteral("the schema has no such group occurrence here"));
            }
        }
        return tree;
    }

private:
    std::nullopt_t fail(const QString& where, const QString& message)
    {
        *m_error = SubmissionError(); // nothing of an earlier problem (its line) stays
        m_error->where = where;
        m_error->message = message;
        return std::nullopt;
    }

    std::optional<Occurrence> walk(const Group& group, const QString& path)
    {
        m_visited.insert(path);
        const Answers values = m_answers.answers(path);
        Occurrence occurrence;
        QSet<QString> done; // a member listed twice in a group is one answer, written once
        for (const Member& member : group.members) {
            if (done.contains(member.id())) {
                continue;
            }
            done.insert(member.id());
            if (member.isField() && member.multiplicity.isRepeatable()) {
                std::optional<Item> item = repeatedField(*member.field, member.multiplicity, path);
                if (!item) {
                    return std::nullopt;
                }
                if (!item->values.empty()) {
                    occurrence.items.push_back(std::move(*item));
                }
                continue;
            }
            if (member.isField()) {
                const Field& field = *member.field;
                const QString value = values.value(field.id);
                if (field.kind == FieldKind::Label || value.isEmpty()) {
                    continue; // a label takes no answer: an answer for it is reported below as unknown
                }
                const std::optional<QString> canonical = canonicalValue(field, value);
                if (!canonical) {
                    return fail(fieldPlace(path, field.id), QStringLiteral("not %1").arg(expectedFormat(field)));
                }
                occurrence.items.push_back({field.id, false, *canonical, {}, false, {}});
                continue;
            }
            const QStringList paths = m_answers.occurrences(path, member.group->id);
            if (paths.isEmpty()) {
                continue;
            }
            if (member.multiplicity.max && paths.size() > *member.multiplicity.max) {
                return fail(paths.last(),
                            QStringLiteral("%1 occurrences of %2, at most %3 allowed")
                                .arg(paths.size())
                                .arg(member.group->id, maximumText(member.multiplicity)));
            }
            Item item{member.group->id, true, {}, {}, false, {}};
            for (const QString& childPath : paths) {
                std::optional<Occurrence> child = walk(*member.group, childPath);
                if (!child) {
                    return std::nullopt;
                }
                item.occurrences.push_back(std::move(*child));
            }
            occurrence.items.push_back(std::move(item));
        }
        for (auto it = values.begin(); it != values.end(); ++it) {
            const bool known = std::any_of(group.members.begin(), group.members.end(), [&](const Member& member) {
                // (A repeated field's values live in its occurrences, never beside them.)
                return member.isField() && member.field->id == it.key() && member.field->kind != FieldKind::Label &&
                       !member.multiplicity.isRepeatable();
            });
            if (!known) {
                return fail(fieldPlace(path, it.key()), QStringLiteral("not an answerable field of this group"));
            }
        }
        return occurrence;
    }

    // The occurrences of a repeated field are kept like those of a group with the field's id, each
    // holding the one value (FormAnswers: "G1#0/F2#1" → {F2: value}).
    std::optional<Item> repeatedField(const Field& field, const Multiplicity& multiplicity, const QString& path)
    {
        Item item{field.id, false, {}, {}, true, {}};
        if (field.kind == FieldKind::Label) {
            return item;
        }
        const QStringList paths = m_answers.occurrences(path, field.id);
        if (multiplicity.max && paths.size() > *multiplicity.max) {
            return fail(paths.last(),
                        QStringLiteral("%1 values of %2, at most %3 allowed")
                            .arg(paths.size())
                            .arg(field.id, maximumText(multiplicity)));
        }
        for (const QString& occurrencePath : paths) {
            m_visited.insert(occurrencePath);
            const Answers values = m_answers.answers(occurrencePath);
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (it.key() != field.id) {
                    return fail(fieldPlace(occurrencePath, it.key()), QStringLiteral("not the repeated field"));
                }
            }
            const QString value = values.value(field.id);
            if (value.isEmpty()) {
                item.values.emplace_back();
                continue;
            }
            const std::optional<QString> canonical = canonicalValue(field, value);
            if (!canonical) {
                return fail(fieldPlace(occurrencePath, field.id), QStringLiteral("not %1").arg(expectedFormat(field)));
            }
            item.values.push_back(*canonical);
        }
        return item;
    }

    const FormAnswers& m_answers;
    SubmissionError* m_error;
    QSet<QString> m_visited;
};

class AnswersBuilder
{
public:
    explicit AnswersBuilder(SubmissionError* error)
        : m_error(error)
    {}

    bool walk(const Group& group, const std::vector<RawElement>& children, const QString& path)
    {
        QHash<QString, int> seen;
        for (const RawElement& child : children) {
            const auto member = std::find_if(
                group.members.begin(), group.members.end(), [&](const Member& m) { return m.id() == child.id; });
            if (member == group.members.end()) {
                return fail(child, QStringLiteral("%1 is not a member of %2").arg(child.id, nameOf(group)));
            }
            const int index = seen[child.id]++;
            if (member->isField() && member->multiplicity.isRepeatable()) {
                if (!readRepeatedField(*member->field, member->multiplicity, child, path, index)) {
                    return false;
                }
                continue;
            }
            if (member->isField()) {
                if (!readField(*member->field, child, path, index)) {
                    return false;
                }
                continue;
            }
            if (!child.canBeGroup) {
                return fail(child, QStringLiteral("%1 is a group: expected its members, not a value").arg(child.id));
            }
            if (member->multiplicity.max && index >= *member->multiplicity.max) {
                return fail(child,
                            QStringLiteral("too many occurrences of %1, at most %2 allowed")
                                .arg(child.id, maximumText(member->multiplicity)));
            }
            const QString childPath = m_answers.addOccurrence(path, child.id);
            if (!walk(*member->group, child.children, childPath)) {
                return false;
            }
        }
        return true;
    }

    FormAnswers take() { return std::move(m_answers); }

    bool fail(const RawElement& element, const QString& message)
    {
        m_error->message = message;
        m_error->where = element.where;
        m_error->line = element.line;
        m_error->column = element.column;
        return false;
    }

private:
    static QString nameOf(const Group& group) { return group.id.isEmpty() ? QStringLiteral("the form") : group.id; }

    bool readField(const Field& field, const RawElement& element, const QString& path, int index)
    {
        if (!element.canBeField) {
            return fail(element, QStringLiteral("%1 is a field: expected a value").arg(field.id));
        }
        if (index > 0) {
            return fail(element, QStringLiteral("%1 occurs more than once").arg(field.id));
        }
        if (field.kind == FieldKind::Label) {
            return fail(element, QStringLiteral("%1 is a label and takes no answer").arg(field.id));
        }
        if (element.text.isEmpty()) {
            return true; // written out although empty: the same as left out
        }
        // Only the canonical form is accepted, so that reading and writing again gives the same bytes.
        const std::optional<QString> canonical = canonicalValue(field, element.text);
        if (!canonical || *canonical != element.text) {
            return fail(element, QStringLiteral("the value of %1 is not %2").arg(field.id, expectedFormat(field)));
        }
        m_answers.setValue(path, field.id, element.text);
        return true;
    }

    // One value of a repeated field: a new occurrence, also for an empty value (a line added but
    // not filled), so that reading what was written gives the same answers.
    bool readRepeatedField(
        const Field& field, const Multiplicity& multiplicity, const RawElement& element, const QString& path, int index)
    {
        if (!element.canBeField) {
            return fail(element, QStringLiteral("%1 is a field: expected a value").arg(field.id));
        }
        if (field.kind == FieldKind::Label) {
            return fail(element, QStringLiteral("%1 is a label and takes no answer").arg(field.id));
        }
        if (multiplicity.max && index >= *multiplicity.max) {
            return fail(
                element,
                QStringLiteral("too many values of %1, at most %2 allowed").arg(field.id, maximumText(multiplicity)));
        }
        if (!element.text.isEmpty()) {
            const std::optional<QString> canonical = canonicalValue(field, element.text);
            if (!canonical || *canonical != element.text) {
                return fail(element, QStringLiteral("the value of %1 is not %2").arg(field.id, expectedFormat(field)));
            }
        }
        const QString occurrence = m_answers.addOccurrence(path, field.id);
        m_answers.setValue(occurrence, field.id, element.text);
        return true;
    }

    SubmissionError* m_error;
    FormAnswers m_answers;
};

} // namespace

std::optional<Occurrence> treeOf(const FormSchema& schema, const FormAnswers& answers, SubmissionError* error)
{
    return TreeBuilder(answers, error).build(schema.root);
}

std::optional<FormAnswers> answersOf(const FormSchema& schema,
                                     const Header& header,
                                     const std::vector<RawElement>& rootChildren,
                                     SubmissionError* error)
{
    if (header.schemaId != schema.id || header.schemaVersion != schema.version) {
        error->message = QStringLiteral("the answers are for schema %1 version %2, not %3 version %4")
                             .arg(header.schemaId, header.schemaVersion, schema.id, schema.version);
        return std::nullopt;
    }
    AnswersBuilder builder(error);
    if (!builder.walk(schema.root, rootChildren, QString())) {
        return std::nullopt;
    }
    return builder.take();
}

} // namespace bt::forms::submission
