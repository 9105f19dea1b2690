#pragma once

#include "FieldEditor.h"

class QLabel;

namespace bt::forms {

// Editors that take no answer from the citizen here.

// file: until evidence capture exists, the citizen shows the document at the counter; value() is
// empty.
class FileEditor : public FieldEditor
{
    Q_OBJECT
public:
    FileEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override { return {}; }
    void setValue(const QString&) override {}
    [[nodiscard]] bool takesInput() const override { return false; }
    [[nodiscard]] QLabel* notice() const { return m_notice; }

protected:
    void applyLocked(bool) override {}
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_notice;
};

// label: the field's text (its content), nothing to answer.
class LabelEditor : public FieldEditor
{
    Q_OBJECT
public:
    LabelEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override { return {}; }
    void setValue(const QString&) override {}
    [[nodiscard]] bool takesInput() const override { return false; }

protected:
    void applyLocked(bool) override {}
};

// hidden: never shown; keeps the value it is given (at first the field's default content).
class HiddenEditor : public FieldEditor
{
    Q_OBJECT
public:
    HiddenEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override { return m_value; }
    void setValue(const QString& value) override;
    [[nodiscard]] bool takesInput() const override { return false; }

protected:
    void applyLocked(bool) override {}

private:
    QString m_value;
};

} // namespace bt::forms
