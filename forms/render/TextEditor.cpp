#include "TextEditor.h"

#include "Theme.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bt::forms {

TextEditor::TextEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_maxLength(field.constraints.maxLength.value_or(0))
{
    if (m_maxLength > longestSingleLine) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("input"));
        m_text->setProperty("role", QStringLiteral("input"));
        m_text->setTabChangesFocus(true);
        // No undo history: it would keep what was deleted, for whoever uses the terminal next.
        m_text->setUndoRedoEnabled(false);
        m_text->setFixedHeight(widgets::Theme::minimumTouchSize() * 3);
        inputArea()->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            // A text area has no maxLength: cut what goes beyond it (typed or pasted).
            if (m_text->toPlainText().size() > m_maxLength) {
                QTextCursor cursor = m_text->textCursor();
                m_text->setPlainText(m_text->toPlainText().left(m_maxLength));
                cursor.movePosition(QTextCursor::End);
                m_text->setTextCursor(cursor);
                return;
            }
            Q_EMIT valueChanged();
        });
    } else {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("input"));
        m_line->setProperty("role", QStringLiteral("input"));
        if (m_maxLength > 0) {
            m_line->setMaxLength(m_maxLength);
        }
        inputArea()->addWidget(m_line);
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::valueChanged);
    }
    setFocusProxy(m_line ? static_cast<QWidget*>(m_line) : m_text);
    updateAccessibility();
}

QString TextEditor::value() const
{
    return m_line ? m_line->text() : m_text->toPlainText();
}

void TextEditor::setValue(const QString& value)
{
    if (value == this->value()) {
        return;
    }
    if (m_line) {
        m_line->setText(value);
    } else {
        m_text->setPlainText(value);
    }
}

void TextEditor::focusInput()
{
    if (m_line) {
        m_line->setFocus(Qt::OtherFocusReason);
    } else {
        m_text->setFocus(Qt::OtherFocusReason);
    }
}

void TextEditor::applyLocked(bool locked)
{
    if (m_line) {
        m_line->setReadOnly(locked);
    } else {
        m_text->setReadOnly(locked);
    }
}

void TextEditor::updateAccessibility()
{
    QWidget* input = m_line ? static_cast<QWidget*>(m_line) : m_text;
    if (input) {
        input->setAccessibleName(accessibleQuestion());
        input->setAccessibleDescription(accessibleDetails());
    }
}

} // namespace bt::forms
