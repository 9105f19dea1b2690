#include "MemberForm.h"

#include "FieldEditor.h"
#include "RepeatableList.h"
#include "RuleEvaluator.h"
#include "ShowWhen.h"
#include "StepCheck.h"

#include <QFrame>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace bt::forms {

namespace {

QString titleOf(const Group& group)
{
    return group.label.trimmed().isEmpty() ? group.name : group.label;
}

} // namespace

MemberForm::MemberForm(const Group& group, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_group(std::make_shared<Group>(group))
    , m_today(today)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    addMembers(group, layout, 0);
    updateVisibility();
}

void MemberForm::addMembers(const Group& group, QVBoxLayout* layout, int depth)
{
    for (const Member& member : group.members) {
        if (member.multiplicity.isRepeatable()) {
            auto* list = new RepeatableList(member, titleOf(group), m_today, this);
            layout->addWidget(list);
            m_repeatables.insert(member.id(), list);
            m_repeatableOrder.emplace_back(member.id(), list);
            connect(list, &RepeatableList::answersChanged, this, &MemberForm::answersChanged);
            continue;
        }
        if (member.field) {
            addField(member, layout);
            continue;
        }
        const Group& nested = *member.group;
        auto* section = new QFrame(this);
        section->setObjectName(QStringLiteral("section_") + nested.id);
        section->setProperty("role", QStringLiteral("section"));
        auto* sectionLayout = new QVBoxLayout(section);
        sectionLayout->setContentsMargins(depth == 0 ? 12 : 8, 4, 0, 4);
        sectionLayout->setSpacing(12);
        if (const QString title = titleOf(nested); !title.trimmed().isEmpty()) {
            auto* heading = new QLabel(title, section);
            heading->setProperty("role", QStringLiteral("heading"));
            heading->setWordWrap(true);
            heading->setTextFormat(Qt::PlainText);
            sectionLayout->addWidget(heading);
        }
        const std::size_t before = m_ordered.size();
        addMembers(nested, sectionLayout, depth + 1);
        if (m_ordered.size() > before) {
            m_firstEditorOf.insert(nested.id, m_ordered[before]);
        }
        layout->addWidget(section);
        m_sections.insert(nested.id, section);
    }
}

void MemberForm::addField(const Member& member, QVBoxLayout* layout)
{
    FieldEditor* editor = FieldEditor::create(*member.field, this);
    layout->addWidget(editor);
    m_editors.insert(member.field->id, editor);
    m_ordered.push_back(editor);
    connect(editor, &FieldEditor::valueChanged, this, [this] {
        updateVisibility();
        Q_EMIT answersChanged();
    });
    // Queued: the focus also leaves a field while a step is being taken down, and then neither
    // this form nor the editor may be asked anything any more.
    connect(
        editor,
        &FieldEditor::editingFinished,
        this,
        [this, editor = QPointer<FieldEditor>(editor)] {
            if (editor) {
                checkLeftField(editor);
            }
        },
        Qt::QueuedConnection);
}

void MemberForm::checkLeftField(FieldEditor* editor)
{
    if (editor->isLocked() || editor->field().type == DataType::File) {
        return;
    }
    const QString message = stepCheck::problemAt(*m_group, answers(), editor->field().id, m_today);
    // An answer that is wrong is said at once. An empty field is not scolded for being passed
    // through (that waits for "Weiter"), but a message it had goes once it is answered.
    if (!message.isEmpty() && editor->value().isEmpty()) {
        if (editor->error().isEmpty()) {
            return;
        }
    }
    editor->setError(message);
}

Answers MemberForm::allValues() const
{
    Answers values;
    for (FieldEditor* editor : m_ordered) {
        if (const QString value = editor->value(); !value.isEmpty()) {
            values.insert(editor->field().id, value);
        }
    }
    return values;
}

Answers MemberForm::answers() const
{
    Answers shown;
    const Answers values = allValues();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (m_shown.value(it.key(), true)) {
            shown.insert(it.key(), it.value());
        }
    }
    return shown;
}

void MemberForm::setAnswers(const Answers& answers)
{
    m_updating = true;
    for (FieldEditor* editor : m_ordered) {
        if (editor->takesInput() || answers.contains(editor->field().id)) {
            editor->setValue(answers.value(editor->field().id));
        }
    }
    m_updating = false;
    updateVisibility();
    Q_EMIT answersChanged();
}

void MemberForm::setLockedFields(const QHash<QString, QString>& reasons)
{
    for (FieldEditor* editor : m_ordered) {
        if (reasons.contains(editor->field().id)) {
            editor->setLocked(reasons.value(editor->field().id));
        } else if (editor->field().kind != FieldKind::Locked) {
            editor->setLocked(QString());
        }
    }
    for (const auto& [id, list] : m_repeatableOrder) {
        list->setLockedFields(reasons);
    }
}

void MemberForm::updateVisibility()
{
    if (m_updating) {
        return;
    }
    const Answers values = allValues();
    const RuleEvaluator rules(*m_group, m_today);
    applyRules(*m_group, rules, values, true, true);
}

void MemberForm::applyRules(
    const Group& group, const RuleEvaluator& rules, const Answers& values, bool required, bool shown)
{
    for (const Member& member : group.members) {
        const QString& id = member.id();
        const bool visible = shown && rules.isVisible(id, values);
        const bool needed = (required && member.multiplicity.isRequired()) || rules.isRequiredByRule(id, values);
        m_shown.insert(id, visible);
        if (RepeatableList* list = m_repeatables.value(id); list && member.multiplicity.isRepeatable()) {
            showWhen(list, rules.isVisible(id, values));
            continue;
        }
        if (member.field) {
            if (FieldEditor* editor = m_editors.value(id)) {
                if (member.field->kind != FieldKind::Hidden) {
                    showWhen(editor, rules.isVisible(id, values));
                }
                editor->setRequired(needed && editor->takesInput());
            }
            continue;
        }
        if (QWidget* section = m_sections.value(id)) {
            showWhen(section, rules.isVisible(id, values));
        }
        // An optional group is required once the citizen started it (as the validation sees it).
        applyRules(*member.group, rules, values, needed || rules.isFilled(id, values), visible);
    }
}

FieldEditor* MemberForm::editorFor(const QString& memberId) const
{
    return m_editors.value(memberId, m_firstEditorOf.value(memberId));
}

void MemberForm::clearErrors()
{
    for (FieldEditor* editor : m_ordered) {
        editor->setError(QString());
    }
    for (const auto& [id, list] : m_repeatableOrder) {
        for (int i = 0; i < list->count(); ++i) {
            list->occurrence(i)->clearErrors();
        }
    }
}

} // namespace bt::forms
