#include "MemberForm.h"

#include "FieldEditor.h"
#include "GroupValidator.h"
#include "RepeatableList.h"
#include "RuleEvaluator.h"
#include "ShowWhen.h"

#include <QFrame>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace bt::forms {

namespace {

// What this form checks itself: repeated members go to their lists; file fields are not required
// while evidence is shown at the counter.
std::shared_ptr<const Group> checkedPart(const Group& group)
{
    auto checked = std::make_shared<Group>(group);
    checked->members.clear();
    for (const Member& member : group.members) {
        if (member.multiplicity.isRepeatable()) {
            continue;
        }
        Member copy = member;
        if (member.field && member.field->type == DataType::File) {
            copy.multiplicity.min = 0;
        }
        if (member.group) {
            copy.group = checkedPart(*member.group);
        }
        checked->members.push_back(copy);
    }
    return checked;
}

QString titleOf(const Group& group)
{
    return group.label.trimmed().isEmpty() ? group.name : group.label;
}

} // namespace

MemberForm::MemberForm(const Group& group, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_checked(checkedPart(group))
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
    const QString& id = editor->field().id;
    QString message;
    for (const GroupValidator::Problem& problem :
         GroupValidator::validate(*m_checked, allValues(), m_today)) {
        if (problem.memberId == id) {
            message = problem.message;
            break;
        }
    }
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

std::vector<MemberForm::Problem> MemberForm::validate(QDate today)
{
    std::vector<Problem> found;
    for (FieldEditor* editor : m_ordered) {
        editor->setError(QString());
    }
    for (const GroupValidator::Problem& problem : GroupValidator::validate(*m_checked, allValues(), today)) {
        FieldEditor* editor = m_editors.value(problem.memberId, m_firstEditorOf.value(problem.memberId));
        // Documents are shown at the counter until the terminal captures evidence: a rule that
        // asks for one ("required if …") must not stop the citizen at a field they cannot fill.
        if (editor && editor->field().type == DataType::File) {
            continue;
        }
        if (editor && editor->error().isEmpty()) {
            editor->setError(problem.message);
        }
        found.push_back({editor, problem.memberId, problem.message});
    }
    for (const auto& [id, list] : m_repeatableOrder) {
        if (!list->isHidden()) {
            const std::vector<Problem> inList = list->validate(today);
            found.insert(found.end(), inList.begin(), inList.end());
        }
    }
    return found;
}

} // namespace bt::forms
