#pragma once

#include "FieldEditor.h"

class QButtonGroup;

namespace bt::widgets {
class ChoiceTile;
}

namespace bt::forms {

// bool: two large answers "Ja" and "Nein"; value() "true", "false", or empty before a choice.
class BoolEditor : public FieldEditor
{
    Q_OBJECT
public:
    BoolEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override;
    void setValue(const QString& value) override;
    void focusInput() override;

    [[nodiscard]] widgets::ChoiceTile* yesButton() const { return m_yes; }
    [[nodiscard]] widgets::ChoiceTile* noButton() const { return m_no; }

protected:
    void applyLocked(bool locked) override;
    void updateAccessibility() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    widgets::ChoiceTile* m_yes;
    widgets::ChoiceTile* m_no;
    QButtonGroup* m_group;
};

} // namespace bt::forms
