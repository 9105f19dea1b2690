#include "NumberEditor.h"

#include "AnswerValues.h"
#include "NumberPad.h"
#include "ShowWhen.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace bt::forms {

namespace {

bool isCurrency(const Field& field)
{
    return field.type == DataType::NumCurrency;
}

// "1.234,5" → "1234.5", "12,5" → "12.5"; empty when the text is not a number.
QString withDecimalPoint(const QString& text)
{
    if (!answer::number(text)) {
        return {};
    }
    QString plain = text.trimmed();
    if (plain.contains(u',')) {
        plain.remove(u'.'); // thousands dots come only with a decimal comma
        plain.replace(u',', u'.');
    }
    return plain;
}

} // namespace

NumberEditor::NumberEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent)
    , m_line(new QLineEdit(this))
{
    m_line->setObjectName(QStringLiteral("input"));
    m_line->setProperty("role", QStringLiteral("input"));
    m_line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const bool whole = field.type == DataType::NumInt;
    // Digits, one decimal comma (or point), thousands dots, a sign.
    const QString pattern =
        whole ? QStringLiteral("[-+]?[0-9.]{0,18}") : QStringLiteral("[-+]?[0-9.]{0,18}[,.]?[0-9]{0,6}");
    m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_line));
    m_line->setInputMethodHints(whole ? Qt::ImhDigitsOnly : Qt::ImhFormattedNumbersOnly);
    // The number pad types here, not the letter keyboard of the kiosk window.
    m_line->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_line->setFixedWidth(m_line->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 12 + 48);
    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(m_line);
    if (isCurrency(field)) {
        m_unit = new QLabel(QStringLiteral("€"), this);
        m_unit->setObjectName(QStringLiteral("unit"));
        m_unit->setProperty("role", QStringLiteral("heading"));
        row->addWidget(m_unit);
    }
    row->addStretch(1);
    inputArea()->addLayout(row);
    connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::valueChanged);
    setFocusProxy(m_line);
    m_line->installEventFilter(this);
    useNumberPad(!whole);
    updateAccessibility();
}

QString NumberEditor::value() const
{
    const QString typed = m_line->text().trimmed();
    const QString plain = withDecimalPoint(typed);
    if (plain.isEmpty()) {
        return typed;
    }
    if (isCurrency(field())) {
        // Euros and cents: "12" and "12,5" are 12.00 and 12.50; "12,505" stays for the validation.
        const int decimals = plain.contains(u'.') ? int(plain.size() - plain.indexOf(u'.') - 1) : 0;
        if (decimals <= 2) {
            return QString::number(*answer::number(plain), 'f', 2);
        }
    }
    return plain;
}

void NumberEditor::setValue(const QString& value)
{
    // Shown the German way: a decimal comma; euros with their cents ("12,50").
    QString shown = value.trimmed();
    if (const QString plain = withDecimalPoint(shown); !plain.isEmpty()) {
        const int decimals = plain.contains(u'.') ? int(plain.size() - plain.indexOf(u'.') - 1) : 0;
        shown = isCurrency(field()) && decimals <= 2 ? QString::number(*answer::number(plain), 'f', 2) : plain;
        shown.replace(u'.', u',');
    }
    if (m_line->text() != shown) {
        m_line->setText(shown);
    }
}

void NumberEditor::focusInput()
{
    m_line->setFocus(Qt::OtherFocusReason);
    // Sent here by "Weiter" or the error summary, the citizen reads first: the pad would open
    // between the number and the message and push the message (or the question) off the page.
    // It opens with a tap into the field.
    if (numberPad()) {
        numberPad()->hide();
    }
}

bool NumberEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_line && event->type() == QEvent::MouseButtonPress && numberPad() && !isLocked()) {
        numberPad()->show();
    }
    return FieldEditor::eventFilter(watched, event);
}

void NumberEditor::applyLocked(bool locked)
{
    m_line->setReadOnly(locked);
    m_line->setAttribute(Qt::WA_InputMethodEnabled, false); // setReadOnly turns it back on
}

void NumberEditor::updateAccessibility()
{
    //: Read out after the question of an amount field, e.g. "Jahresbruttobetrag, in Euro".
    m_line->setAccessibleName(m_unit ? tr("%1, in euros").arg(accessibleQuestion()) : accessibleQuestion());
    m_line->setAccessibleDescription(accessibleDetails());
}

} // namespace bt::forms
