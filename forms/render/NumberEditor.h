#pragma once

#include "FieldEditor.h"

class QLabel;
class QLineEdit;

namespace bt::forms {

// num, num_int and num_currency: a line with the number pad (decimal comma for num and euros), a
// "€" after amounts. Shown with a decimal comma; value() has a decimal point: "1234.5" for
// "1.234,5", euros with two decimals ("12,5" gives "12.50"). What is not a number stays as typed.
class NumberEditor : public FieldEditor
{
    Q_OBJECT
public:
    NumberEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override;
    void setValue(const QString& value) override;
    // Puts the focus into the line without opening the number pad (a tap into it does).
    void focusInput() override;

    [[nodiscard]] QLineEdit* lineEdit() const { return m_line; }

protected:
    void applyLocked(bool locked) override;
    void updateAccessibility() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_line;
    QLabel* m_unit = nullptr;
};

} // namespace bt::forms
