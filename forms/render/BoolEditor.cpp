#include "BoolEditor.h"

#include "AnswerValues.h"
#include "ChoiceTile.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace bt::forms {

namespace {
constexpr int widestAnswer = 320;
}

BoolEditor::BoolEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_yes(new widgets::ChoiceTile(QString(), this))
    , m_no(new widgets::ChoiceTile(QString(), this))
    , m_group(new QButtonGroup(this))
{
    m_yes->setObjectName(QStringLiteral("yes"));
    m_no->setObjectName(QStringLiteral("no"));
    m_group->addButton(m_yes);
    m_group->addButton(m_no);
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    for (widgets::ChoiceTile* answer : {m_yes, m_no}) {
        answer->setMaximumWidth(widestAnswer);
        row->addWidget(answer, 1);
    }
    row->addStretch(1);
    inputArea()->addLayout(row);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this] {
        Q_EMIT valueChanged();
        Q_EMIT editingFinished();
    });
    setFocusProxy(m_yes);
    retranslate();
}

QString BoolEditor::value() const
{
    if (m_yes->isChecked()) {
        return QStringLiteral("true");
    }
    if (m_no->isChecked()) {
        return QStringLiteral("false");
    }
    return {};
}

void BoolEditor::setValue(const QString& value)
{
    if (value == this->value()) {
        return;
    }
    const std::optional<bool> answer = answer::yesNo(value.trimmed());
    // An exclusive group cannot uncheck its last button.
    m_group->setExclusive(false);
    m_yes->setChecked(answer == true);
    m_no->setChecked(answer == false);
    m_group->setExclusive(true);
    Q_EMIT valueChanged();
}

void BoolEditor::focusInput()
{
    (m_no->isChecked() ? m_no : m_yes)->setFocus(Qt::OtherFocusReason);
}

void BoolEditor::applyLocked(bool locked)
{
    // Disabled would grey the answer out; read-only keeps it readable and only refuses touches.
    for (widgets::ChoiceTile* answer : {m_yes, m_no}) {
        answer->setReadOnly(locked);
    }
}

void BoolEditor::updateAccessibility()
{
    for (widgets::ChoiceTile* answer : {m_yes, m_no}) {
        answer->setAccessibleName(answer->text());
        answer->setAccessibleDescription(accessibleQuestion() + QStringLiteral(". ") + accessibleDetails());
    }
}

void BoolEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    FieldEditor::changeEvent(event);
}

void BoolEditor::retranslate()
{
    //: The answer "yes" of a yes/no question in a form.
    m_yes->setText(tr("Yes"));
    //: The answer "no" of a yes/no question in a form.
    m_no->setText(tr("No"));
    updateAccessibility();
}

} // namespace bt::forms
