#include "StepView.h"

#include "ErrorSummary.h"
#include "FieldEditor.h"
#include "MemberForm.h"
#include "RepeatableList.h"
#include "ShowWhen.h"

#include <QPointer>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bt::forms {

StepView::StepView(const Group& group, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_group(group)
    , m_summary(new ErrorSummary(this))
    , m_form(new MemberForm(group, today, this))
{
    setObjectName(QStringLiteral("stepView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_summary);
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &MemberForm::answersChanged, this, &StepView::answersChanged);
}

Answers StepView::answers() const
{
    return m_form->answers();
}

void StepView::setAnswers(const Answers& answers)
{
    m_form->setAnswers(answers);
}

std::vector<Answers> StepView::occurrences(const QString& groupId) const
{
    const RepeatableList* list = m_form->repeatables().value(groupId);
    return list ? list->occurrences() : std::vector<Answers>{};
}

void StepView::setOccurrences(const QString& groupId, const std::vector<Answers>& occurrences)
{
    if (RepeatableList* list = m_form->repeatables().value(groupId)) {
        list->setOccurrences(occurrences);
    }
}

QStringList StepView::repeatedMembers() const
{
    QStringList ids;
    for (const auto& [id, list] : m_form->repeatablesInOrder()) {
        ids << id;
    }
    return ids;
}

FieldEditor* StepView::editor(const QString& fieldId) const
{
    return m_form->editor(fieldId);
}

void StepView::setLockedFields(const QHash<QString, QString>& reasons)
{
    m_form->setLockedFields(reasons);
}

StepContent StepView::content() const
{
    StepContent content;
    content.flat = answers();
    for (const QString& groupId : repeatedMembers()) {
        content.repeated.insert(groupId, occurrences(groupId));
    }
    return content;
}

FieldEditor* StepView::editorOf(const StepProblem& problem) const
{
    if (problem.repeatedId.isEmpty()) {
        return m_form->editorFor(problem.memberId);
    }
    const RepeatableList* list = m_form->repeatables().value(problem.repeatedId);
    if (!list || problem.occurrence < 0 || problem.occurrence >= list->count()) {
        return nullptr;
    }
    return list->occurrence(problem.occurrence)->editorFor(problem.memberId);
}

void StepView::showProblems(const std::vector<StepProblem>& problems)
{
    m_form->clearErrors();
    std::vector<ErrorSummary::Line> lines;
    QPointer<FieldEditor> first;
    for (const StepProblem& problem : problems) {
        QPointer<FieldEditor> editor = editorOf(problem);
        QString where;
        if (editor) {
            // One message under a field (the first found); the summary has all of them.
            if (editor->error().isEmpty()) {
                editor->setError(problem.message);
            }
            where = editor->field().label;
            if (!first) {
                first = editor;
            }
        }
        //: A line of the problem summary: the field's question, then what is wrong.
        lines.push_back({where.isEmpty() ? problem.message : tr("%1: %2").arg(where, problem.message), [this, editor] {
                             if (editor) {
                                 goTo(editor);
                             }
                         }});
    }
    m_summary->setLines(std::move(lines));
    if (first) {
        goTo(first);
    }
}

void StepView::goTo(FieldEditor* editor)
{
    editor->focusInput();
    for (QWidget* up = parentWidget(); up; up = up->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(up)) {
            area->ensureWidgetVisible(editor, 16, 16);
            break;
        }
    }
    // The page still changes its layout after this (messages appear, a pad closes): once it has
    // settled, the whole field (question, inputs, message) again.
    bringIntoSightLater(editor);
}

} // namespace bt::forms
