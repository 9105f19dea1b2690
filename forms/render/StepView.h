#pragma once

#include "AnswerValues.h"
#include "Group.h"
#include "StepAnswers.h"
#include "StepCheck.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <vector>

namespace bt::forms {

class ErrorSummary;
class FieldEditor;
class MemberForm;

// One step of the form wizard: the members of one occurrence of a group. An editor per field in
// order, nested groups as headed sections, repeated groups and fields as lists of occurrences
// with add and remove within their multiplicity, and at the top a summary of the problems the
// wizard's step check found (showProblems). Members appear and disappear as the group's rules say.
//
// Answers: answers() holds the fields of this occurrence and of its nested groups that occur once
// (one flat hash, as GroupValidator reads it), only those the rules show and only non-empty ones.
// Members that repeat (multiplicity max > 1) are not in it: occurrences(memberId) gives one
// Answers per occurrence (for a repeated field: {fieldId: value}). A repeated member inside an
// occurrence of a repeated member is shown and checked, but its answers are not reachable here.
//
// The view does not scroll itself: the wizard puts it in its scrolling page; the view scrolls
// that page to a field it focuses.
class StepView : public QWidget
{
    Q_OBJECT
public:
    // today: the date answers are checked against while the citizen types.
    StepView(const Group& group, QDate today, QWidget* parent = nullptr);

    [[nodiscard]] Answers answers() const;
    void setAnswers(const Answers& answers);
    [[nodiscard]] std::vector<Answers> occurrences(const QString& groupId) const;
    void setOccurrences(const QString& groupId, const std::vector<Answers>& occurrences);
    // Ids of the repeated members that occurrences() knows, in form order.
    [[nodiscard]] QStringList repeatedMembers() const;

    // Everything typed into the step, in the shape the wizard keeps and checks it.
    [[nodiscard]] StepContent content() const;
    // What the step check found (stepCheck): each message under its field and all of them in the
    // summary at the top, the first field with a problem focused. Nothing: messages and summary go.
    void showProblems(const std::vector<StepProblem>& problems);
    // Fields filled from the ID card: locked with the reason, by field id.
    void setLockedFields(const QHash<QString, QString>& reasons);

    [[nodiscard]] const Group& group() const { return m_group; }
    // The editor of a field of this occurrence (not of repeated members), or null.
    [[nodiscard]] FieldEditor* editor(const QString& fieldId) const;
    [[nodiscard]] ErrorSummary* errorSummary() const { return m_summary; }
    [[nodiscard]] MemberForm* form() const { return m_form; }

Q_SIGNALS:
    void answersChanged();

private:
    [[nodiscard]] FieldEditor* editorOf(const StepProblem& problem) const;
    void goTo(FieldEditor* editor);

    Group m_group;
    ErrorSummary* m_summary;
    MemberForm* m_form;
};

} // namespace bt::forms
