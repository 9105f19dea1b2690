#pragma once

#include "AnswerValues.h"
#include "Group.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <vector>

class QVBoxLayout;

namespace bt::forms {

class FieldEditor;
class RepeatableList;
class RuleEvaluator;

// The members of one occurrence of a group, laid out top to bottom: an editor per field, nested
// groups that occur once as headed sections (flattened into this form's answers), nested groups
// and fields that repeat as a RepeatableList each. Shows and hides members as the group's rules
// say whenever an answer changes, and says what is wrong with a field when the citizen leaves it
// (stepCheck, the check "Weiter" makes).
class MemberForm : public QWidget
{
    Q_OBJECT
public:
    // today: the date the citizen's answers are checked against (a birth date must be past).
    MemberForm(const Group& group, QDate today, QWidget* parent);

    // The answers of the fields shown by the rules (hidden answers are not sent), non-empty ones,
    // without repeated members.
    [[nodiscard]] Answers answers() const;
    void setAnswers(const Answers& answers);
    [[nodiscard]] const QHash<QString, RepeatableList*>& repeatables() const { return m_repeatables; }
    [[nodiscard]] const std::vector<std::pair<QString, RepeatableList*>>& repeatablesInOrder() const
    {
        return m_repeatableOrder;
    }
    [[nodiscard]] FieldEditor* editor(const QString& fieldId) const { return m_editors.value(fieldId); }
    // Where a message about a field or a group of this occurrence is shown: the field's editor, or
    // the first editor of the group; null for a member without one (a hidden field).
    [[nodiscard]] FieldEditor* editorFor(const QString& memberId) const;
    [[nodiscard]] const std::vector<FieldEditor*>& editors() const { return m_ordered; }
    void setLockedFields(const QHash<QString, QString>& reasons);

    // Takes every message off the fields, also those of the repeated members' occurrences.
    void clearErrors();
    // Re-evaluates the rules: which members are shown, which are required.
    void updateVisibility();

Q_SIGNALS:
    void answersChanged();

private:
    void addMembers(const Group& group, QVBoxLayout* layout, int depth);
    void addField(const Member& member, QVBoxLayout* layout);
    // When the citizen leaves a field: what is wrong with its answer now, in plain words.
    void checkLeftField(FieldEditor* editor);
    [[nodiscard]] Answers allValues() const;
    void applyRules(const Group& group, const RuleEvaluator& rules, const Answers& values, bool required, bool shown);

    QHash<QString, FieldEditor*> m_editors;
    std::vector<FieldEditor*> m_ordered;
    std::shared_ptr<const Group> m_group; // as laid out
    QDate m_today;
    QHash<QString, QWidget*> m_sections;
    QHash<QString, FieldEditor*> m_firstEditorOf; // by group id: where a message about the group goes
    QHash<QString, RepeatableList*> m_repeatables;
    std::vector<std::pair<QString, RepeatableList*>> m_repeatableOrder;
    QHash<QString, bool> m_shown; // by member id, as the rules say
    bool m_updating = false;
};

} // namespace bt::forms
