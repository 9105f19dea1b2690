#include "FieldEditor.h"

#include "MeasuredLabel.h"
#include "NumberPad.h"
#include "ShowWhen.h"
#include "StatusIcon.h"
#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bt::forms {

namespace {

QWidget* messageRow(widgets::StatusIcon::Kind kind, QLabel* text, const QString& role, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(12);
    auto* icon = new widgets::StatusIcon(kind, row);
    icon->setProperty("role", role == u"error" ? QStringLiteral("errorIcon") : QString());
    layout->addWidget(icon, 0, Qt::AlignTop);
    text->setParent(row);
    text->setProperty("role", role);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text, 1);
    return row;
}

} // namespace

FieldEditor::FieldEditor(const Field& field, QWidget* parent, bool withQuestion)
    : QFrame(parent)
    , m_field(field)
    , m_inputArea(new QVBoxLayout)
{
    setObjectName(QStringLiteral("editor_") + field.id);
    setProperty("role", QStringLiteral("field"));
    auto* main = new QVBoxLayout(this);
    main->setContentsMargins(12, 8, 12, 8);
    main->setSpacing(8);
    if (withQuestion) {
        auto* header = new QHBoxLayout;
        header->setSpacing(12);
        auto* texts = new QVBoxLayout;
        texts->setSpacing(2);
        m_question = new widgets::MeasuredLabel(field.label.isEmpty() ? field.name : field.label, this);
        m_question->setObjectName(QStringLiteral("question"));
        m_question->setProperty("role", QStringLiteral("fieldLabel"));
        m_question->setWordWrap(true);
        m_question->setTextFormat(Qt::PlainText);
        texts->addWidget(m_question);
        m_requiredText = new QLabel(this);
        m_requiredText->setObjectName(QStringLiteral("requiredText"));
        m_requiredText->setProperty("role", QStringLiteral("required"));
        // Shown or hidden once the editor is polished (see updateRequiredText()).
        texts->addWidget(m_requiredText);
        header->addLayout(texts, 1);
        if (!field.helpText.trimmed().isEmpty()) {
            m_helpButton = new QPushButton(QStringLiteral("?"), this);
            m_helpButton->setObjectName(QStringLiteral("helpButton"));
            m_helpButton->setCheckable(true);
            m_helpButton->setFixedSize(widgets::Theme::minimumTouchSize(), widgets::Theme::minimumTouchSize());
            // Its look is a rule of the theme: a style sheet of its own would be parsed and
            // matched for each button.
            m_helpButton->setProperty("role", QStringLiteral("fieldHelp"));
            connect(m_helpButton, &QPushButton::clicked, this, &FieldEditor::toggleHelp);
            header->addWidget(m_helpButton, 0, Qt::AlignTop);
        }
        main->addLayout(header);
    }
    main->addLayout(m_inputArea);
    m_inputArea->setSpacing(8);
    connect(qApp, &QApplication::focusChanged, this, &FieldEditor::onFocusChanged);
    retranslate();
}

void FieldEditor::toggleHelp()
{
    if (!m_helpText) {
        m_helpText = new QLabel(m_field.helpText.trimmed(), this);
        m_helpText->setObjectName(QStringLiteral("helpText"));
        m_helpText->setProperty("role", QStringLiteral("help"));
        m_helpText->setWordWrap(true);
        m_helpText->setTextFormat(Qt::PlainText);
        static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_helpText);
    }
    const bool show = !m_helpText->isVisibleTo(this);
    m_helpText->setVisible(show);
    m_helpButton->setChecked(show);
    updateAccessibility();
}

void FieldEditor::focusInput()
{
    setFocus(Qt::OtherFocusReason);
}

void FieldEditor::setRequired(bool required)
{
    if (m_required == required) {
        return;
    }
    m_required = required;
    updateRequiredText();
    updateAccessibility();
}

void FieldEditor::setError(const QString& message)
{
    if (message == m_error) {
        return;
    }
    m_error = message;
    if (!m_errorRow && !message.isEmpty()) {
        m_errorText = new QLabel(this);
        m_errorText->setObjectName(QStringLiteral("errorText"));
        m_errorRow = messageRow(widgets::StatusIcon::Kind::Warning, m_errorText, QStringLiteral("error"), this);
        layout()->addWidget(m_errorRow);
    }
    if (m_errorRow) {
        m_errorText->setText(message);
        m_errorRow->setVisible(!message.isEmpty());
    }
    setProperty("invalid", !message.isEmpty());
    repolish();
    updateAccessibility();
}

void FieldEditor::setLocked(const QString& reason)
{
    m_lockReason = reason;
    if (!m_lockRow && !reason.isEmpty()) {
        m_lockText = new QLabel(this);
        m_lockText->setObjectName(QStringLiteral("lockText"));
        m_lockRow = messageRow(widgets::StatusIcon::Kind::Locked, m_lockText, QStringLiteral("locked"), this);
        auto* main = static_cast<QVBoxLayout*>(layout());
        // Right under the inputs (and the number pad), above an error.
        const int at = m_errorRow ? main->indexOf(m_errorRow) : main->count();
        main->insertWidget(at, m_lockRow);
    }
    if (m_lockRow) {
        m_lockText->setText(reason);
        m_lockRow->setVisible(!reason.isEmpty());
    }
    if (m_numberPad && isLocked()) {
        m_numberPad->hide();
    }
    applyLocked(isLocked());
    updateAccessibility();
}

void FieldEditor::useNumberPad(bool decimalComma)
{
    m_wantsNumberPad = true;
    m_decimalComma = decimalComma;
}

void FieldEditor::onFocusChanged(QWidget* old, QWidget* now)
{
    const bool wasInside = old && (old == this || isAncestorOf(old));
    const bool isInside = now && (now == this || isAncestorOf(now));
    if (m_wantsNumberPad && !isLocked() && isInside && !m_numberPad) {
        m_numberPad = new widgets::NumberPad(this);
        m_numberPad->setDecimalSeparatorVisible(m_decimalComma);
        auto* main = static_cast<QVBoxLayout*>(layout());
        main->insertWidget(main->indexOf(m_inputArea) + 1, m_numberPad, 0, Qt::AlignLeft);
    }
    if (m_numberPad) {
        m_numberPad->setVisible(isInside && !isLocked());
    }
    if (wasInside && !isInside) {
        Q_EMIT editingFinished();
    }
}

QString FieldEditor::accessibleQuestion() const
{
    const QString question = m_field.label.isEmpty() ? m_field.name : m_field.label;
    //: Read out after a field's question when it must be answered, e.g. "Familienname, Pflichtangabe".
    return m_required ? tr("%1, required").arg(question) : question;
}

QString FieldEditor::accessibleDetails() const
{
    QStringList parts;
    if (!m_error.isEmpty()) {
        parts << m_error;
    }
    if (isLocked()) {
        parts << m_lockReason;
    }
    if (m_helpText && m_helpText->isVisibleTo(this)) {
        parts << m_helpText->text();
    }
    return parts.join(QStringLiteral(". "));
}

void FieldEditor::repolish()
{
    style()->unpolish(this);
    style()->polish(this);
    update();
}

void FieldEditor::updateRequiredText()
{
    // Not before the editor is polished: showing a child polishes it at once, and a step is
    // built before it has its page, where it is polished anyway (see showWhen()). Until then
    // the marker is neither shown nor hidden; polishing decides, before the editor is shown.
    if (m_requiredText && testAttribute(Qt::WA_WState_Polished)) {
        showWhen(m_requiredText, m_required);
    }
}

bool FieldEditor::event(QEvent* event)
{
    const bool handled = QFrame::event(event);
    if (event->type() == QEvent::Polish) {
        updateRequiredText();
    }
    return handled;
}

void FieldEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void FieldEditor::retranslate()
{
    if (m_requiredText) {
        //: Under a form field's question: the field must be filled in. Said in words, not only "*".
        m_requiredText->setText(tr("Required"));
        updateRequiredText();
    }
    if (m_helpButton) {
        const QString question = m_field.label.isEmpty() ? m_field.name : m_field.label;
        //: Read out for the "?" button next to a form field.
        m_helpButton->setAccessibleName(tr("Help on %1").arg(question));
    }
    updateAccessibility();
}

} // namespace bt::forms
