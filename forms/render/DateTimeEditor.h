#pragma once

#include "FieldEditor.h"

#include <vector>

class QLabel;
class QLineEdit;

namespace bt::forms {

// date, time and datetime as big digit fields (Tag / Monat / Jahr, Stunde / Minute) typed with the
// number pad; the focus moves on by itself once a field has its digits (2 / 2 / 4, 2 / 2), and
// delete in an empty field goes back to the one before.
// value(): "2024-12-31", "14:30", "2024-12-31T14:30:00" when complete and a real date or time;
// otherwise what was typed ("31.02.2024", "25:61", "3.1.24 14:"), so that the validation can say
// what is wrong.
class DateTimeEditor : public FieldEditor
{
    Q_OBJECT
public:
    enum class Mode
    {
        Date,
        Time,
        DateTime,
    };

    DateTimeEditor(const Field& field, Mode mode, QWidget* parent);

    [[nodiscard]] QString value() const override;
    void setValue(const QString& value) override;
    // Puts the focus into the first empty field without opening the number pad (a tap does).
    void focusInput() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    // Day, month, year, hour, minute, as far as the mode has them.
    [[nodiscard]] const std::vector<QLineEdit*>& segments() const { return m_segments; }

protected:
    void applyLocked(bool locked) override;
    void updateAccessibility() override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addSegment(int digits);
    [[nodiscard]] QString text(std::size_t index) const;
    [[nodiscard]] QString rawValue() const;
    void retranslate();

    Mode m_mode;
    std::vector<QLineEdit*> m_segments;
    std::vector<QLabel*> m_captions;
    std::vector<int> m_digits;
};

} // namespace bt::forms
