#pragma once

#include "FieldEditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace bt::forms {

// text, text_latin and obj: one line, or several lines when the field allows more than 200
// characters. The on-screen keyboard of the kiosk window types into it.
class TextEditor : public FieldEditor
{
    Q_OBJECT
public:
    TextEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override;
    void setValue(const QString& value) override;
    void focusInput() override;

    [[nodiscard]] QLineEdit* lineEdit() const { return m_line; }
    [[nodiscard]] QPlainTextEdit* textEdit() const { return m_text; }

    // Longer limits than this get a text area.
    static constexpr int longestSingleLine = 200;

protected:
    void applyLocked(bool locked) override;
    void updateAccessibility() override;

private:
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    int m_maxLength = 0;
};

} // namespace bt::forms
