#pragma once

#include "Field.h"

#include <QFrame>
#include <QString>

class QAbstractButton;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bt::widgets {
class NumberPad;
}

namespace bt::forms {

// The touch editor of one form field, as the wizard uses it: the question as a bold label, a
// "?" button that shows the field's help below it, "Pflichtangabe" in words when the answer is
// required, the input itself (made for fingers), and room for an error message or the reason why
// the field is locked. One subclass per data type; create() picks it.
//
// value() is the answer in the formats the validation reads: dates "2024-12-31", times "14:30",
// date and time "2024-12-31T14:30:00", numbers with a decimal point ("12.5", euros "12.50"),
// yes/no "true"/"false", a code of the field's code list. An incomplete or malformed entry comes
// back as typed, so that the validation can say what is wrong. Empty: no answer.
class FieldEditor : public QFrame
{
    Q_OBJECT
public:
    // The editor for the field's kind and data type (a hidden field gets an editor that is never
    // shown and keeps the field's default value). Never null.
    [[nodiscard]] static FieldEditor* create(const Field& field, QWidget* parent);

    [[nodiscard]] virtual QString value() const = 0;
    virtual void setValue(const QString& value) = 0;
    // Shows the message under the field, with a warning sign and a thick frame; empty clears it.
    void setError(const QString& message);
    [[nodiscard]] QString error() const { return m_error; }
    // Puts the focus into the (first) input; an editor without input takes the focus itself.
    virtual void focusInput();
    // Read-only, with a padlock and the reason (e.g. "Vom Personalausweis übernommen"). An empty
    // reason unlocks.
    void setLocked(const QString& reason);
    [[nodiscard]] bool isLocked() const { return !m_lockReason.isEmpty(); }
    [[nodiscard]] QString lockReason() const { return m_lockReason; }
    // Says "Pflichtangabe" under the question; the step decides (multiplicity and rules).
    void setRequired(bool required);
    [[nodiscard]] bool isRequired() const { return m_required; }
    // Whether the citizen can answer here at all (false for labels, file fields, hidden fields).
    [[nodiscard]] virtual bool takesInput() const { return true; }

    [[nodiscard]] const Field& field() const { return m_field; }

    // Parts, for the wizard's tests and the screenshots.
    [[nodiscard]] QPushButton* helpButton() const { return m_helpButton; }
    [[nodiscard]] QLabel* helpLabel() const { return m_helpText; }
    [[nodiscard]] QLabel* errorLabel() const { return m_errorText; }
    [[nodiscard]] widgets::NumberPad* numberPad() const { return m_numberPad; }

Q_SIGNALS:
    void valueChanged();
    // The citizen left the field (the focus moved out of it, or a choice was made): validate now.
    void editingFinished();

protected:
    // withQuestion: false for editors that are only text (a label field).
    FieldEditor(const Field& field, QWidget* parent, bool withQuestion = true);

    // Where subclasses put their inputs, between the question and the messages.
    [[nodiscard]] QVBoxLayout* inputArea() const { return m_inputArea; }
    // Subclasses make their inputs read-only (or writable again).
    virtual void applyLocked(bool locked) = 0;
    // Subclasses name their inputs for screen readers: the question, required, error.
    [[nodiscard]] QString accessibleQuestion() const;
    // What a screen reader says after the name: the error, why the field is locked, the help.
    [[nodiscard]] QString accessibleDetails() const;
    virtual void updateAccessibility() {}
    // A number pad under the inputs, shown while the focus is in this editor (and it is not
    // locked); created on first use, so a step with many fields stays quick to build.
    void useNumberPad(bool decimalComma);

    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onFocusChanged(QWidget* old, QWidget* now);
    void toggleHelp();
    void repolish();
    void retranslate();
    void updateRequiredText();

    Field m_field;
    QVBoxLayout* m_inputArea;
    QLabel* m_question = nullptr;
    QLabel* m_requiredText = nullptr;
    QPushButton* m_helpButton = nullptr;
    QLabel* m_helpText = nullptr;
    QWidget* m_errorRow = nullptr;
    QLabel* m_errorText = nullptr;
    QWidget* m_lockRow = nullptr;
    QLabel* m_lockText = nullptr;
    widgets::NumberPad* m_numberPad = nullptr;
    bool m_wantsNumberPad = false;
    bool m_decimalComma = false;
    bool m_required = false;
    QString m_error;
    QString m_lockReason;
};

} // namespace bt::forms
