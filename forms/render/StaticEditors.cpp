#include "StaticEditors.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace bt::forms {

FileEditor::FileEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_notice(new QLabel(this))
{
    m_notice->setObjectName(QStringLiteral("notice"));
    // A calm note (the theme's "fieldNotice"), not a white box with the focus frame that looks
    // like a field to type into: there is nothing to type or touch here, so it takes no focus
    // either. A screen reader reads it in its place, with the question in its name.
    m_notice->setProperty("role", QStringLiteral("fieldNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFocusPolicy(Qt::NoFocus);
    inputArea()->addWidget(m_notice);
    retranslate();
}

void FileEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    FieldEditor::changeEvent(event);
}

void FileEditor::retranslate()
{
    //: Shown for a document a form asks for, while the terminal cannot scan documents yet.
    m_notice->setText(tr("Show this document at the counter"));
    m_notice->setAccessibleName(accessibleQuestion() + QStringLiteral(": ") + m_notice->text());
}

LabelEditor::LabelEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent, false)
{
    const QString text = field.content.trimmed().isEmpty() ? field.label : field.content.trimmed();
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("text"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    inputArea()->addWidget(label);
}

HiddenEditor::HiddenEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent, false)
    , m_value(field.content)
{
    setVisible(false);
}

void HiddenEditor::setValue(const QString& value)
{
    if (value != m_value) {
        m_value = value;
        Q_EMIT valueChanged();
    }
}

} // namespace bt::forms
