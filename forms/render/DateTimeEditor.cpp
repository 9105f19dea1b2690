#include "DateTimeEditor.h"

#include "AnswerValues.h"
#include "NumberPad.h"
#include "ShowWhen.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace bt::forms {

namespace {

QString padded(int number, int digits)
{
    return QStringLiteral("%1").arg(number, digits, 10, QLatin1Char('0'));
}

} // namespace

DateTimeEditor::DateTimeEditor(const Field& field, Mode mode, QWidget* parent)
    : FieldEditor(field, parent)
    , m_mode(mode)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    inputArea()->addLayout(row);
    if (mode != Mode::Time) {
        addSegment(2); // day
        addSegment(2); // month
        addSegment(4); // year
    }
    if (mode != Mode::Date) {
        addSegment(2); // hour
        addSegment(2); // minute
    }
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(m_captions[i]);
        column->addWidget(m_segments[i]);
        row->addLayout(column);
    }
    row->addStretch(1);
    setFocusProxy(m_segments.front());
    useNumberPad(false);
    retranslate();
}

void DateTimeEditor::addSegment(int digits)
{
    auto* caption = new QLabel(this);
    auto* edit = new QLineEdit(this);
    const std::size_t index = m_segments.size();
    edit->setObjectName(QStringLiteral("segment%1").arg(index));
    edit->setProperty("role", QStringLiteral("input"));
    edit->setMaxLength(digits);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(digits)), edit));
    edit->setAlignment(Qt::AlignCenter);
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    // The number pad types here, not the letter keyboard of the kiosk window.
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    const int width = edit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * digits + 56;
    edit->setFixedWidth(qMax(width, widgets::Theme::minimumTouchSize() * 3 / 2));
    caption->setBuddy(edit);
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textChanged, this, &FieldEditor::valueChanged);
    connect(edit, &QLineEdit::textEdited, this, [this, index, digits](const QString& text) {
        if (text.size() == digits && index + 1 < m_segments.size()) {
            m_segments[index + 1]->setFocus(Qt::OtherFocusReason);
            m_segments[index + 1]->selectAll();
        }
    });
    m_segments.push_back(edit);
    m_captions.push_back(caption);
    m_digits.push_back(digits);
}

bool DateTimeEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && numberPad() && !isLocked()) {
        // A finger in the field opens the pad, also in the day field that focusInput() chose.
        numberPad()->show();
    }
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Backspace) {
        for (std::size_t i = 1; i < m_segments.size(); ++i) {
            if (watched == m_segments[i] && m_segments[i]->text().isEmpty() && !isLocked()) {
                // Delete in an empty field goes back and deletes there, as in one long field.
                QLineEdit* previous = m_segments[i - 1];
                previous->setFocus(Qt::OtherFocusReason);
                previous->end(false);
                previous->backspace();
                return true;
            }
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

QString DateTimeEditor::text(std::size_t index) const
{
    return m_segments[index]->text().trimmed();
}

QString DateTimeEditor::rawValue() const
{
    QString raw;
    const std::size_t timeStart = m_mode == Mode::Time ? 0 : 3;
    if (m_mode != Mode::Time) {
        raw = text(0) + u'.' + text(1) + u'.' + text(2);
    }
    if (m_mode != Mode::Date) {
        if (!raw.isEmpty()) {
            raw += u' ';
        }
        raw += text(timeStart) + u':' + text(timeStart + 1);
    }
    return raw;
}

QString DateTimeEditor::value() const
{
    bool anything = false;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        anything = anything || !text(i).isEmpty();
    }
    if (!anything) {
        return {};
    }
    QDate date;
    QTime time;
    std::size_t next = 0;
    if (m_mode != Mode::Time) {
        // A two-digit year is not taken as one: "24" could be 1924 or 2024.
        if (text(2).size() == 4) {
            date = QDate(text(2).toInt(), text(1).toInt(), text(0).toInt());
        }
        next = 3;
    }
    if (m_mode != Mode::Date) {
        if (!text(next).isEmpty() && !text(next + 1).isEmpty()) {
            time = QTime(text(next).toInt(), text(next + 1).toInt());
        }
    }
    switch (m_mode) {
    case Mode::Date:
        return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : rawValue();
    case Mode::Time:
        return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : rawValue();
    case Mode::DateTime:
        return date.isValid() && time.isValid() ? QDateTime(date, time).toString(Qt::ISODate) : rawValue();
    }
    return rawValue();
}

void DateTimeEditor::setValue(const QString& value)
{
    std::vector<QString> parts;
    const std::optional<QDate> date = m_mode == Mode::Date ? answer::date(value) : std::nullopt;
    const std::optional<QTime> time = m_mode == Mode::Time ? answer::time(value) : std::nullopt;
    const std::optional<QDateTime> dateTime = m_mode == Mode::DateTime ? answer::dateTime(value) : std::nullopt;
    auto addDate = [&](const QDate& d) {
        parts.push_back(padded(d.day(), 2));
        parts.push_back(padded(d.month(), 2));
        parts.push_back(padded(d.year(), 4));
    };
    auto addTime = [&](const QTime& t) {
        parts.push_back(padded(t.hour(), 2));
        parts.push_back(padded(t.minute(), 2));
    };
    if (date) {
        addDate(*date);
    } else if (time) {
        addTime(*time);
    } else if (dateTime) {
        addDate(dateTime->date());
        addTime(dateTime->time());
    } else {
        // Not a complete value: what was typed, in the order of the fields ("31.02.2024").
        static const QRegularExpression separators(QStringLiteral("[^0-9]"));
        const QStringList raw = value.split(separators);
        for (const QString& part : raw) {
            parts.push_back(part);
        }
        if (value.trimmed().isEmpty()) {
            parts.clear();
        }
    }
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        const QString part = i < parts.size() ? parts[i].left(m_digits[i]) : QString();
        if (m_segments[i]->text() != part) {
            m_segments[i]->setText(part);
        }
    }
}

void DateTimeEditor::focusInput()
{
    // The first field still to fill, so that a half-typed date continues where it stopped.
    QLineEdit* first = m_segments.front();
    for (QLineEdit* segment : m_segments) {
        if (segment->text().isEmpty()) {
            first = segment;
            break;
        }
    }
    first->setFocus(Qt::OtherFocusReason);
    // Sent here by "Weiter" or the error summary, the citizen reads first: the pad would open
    // between the digits and the message and push the message (or the question) off the page.
    // It opens with a tap into the field.
    if (numberPad()) {
        numberPad()->hide();
    }
}

void DateTimeEditor::applyLocked(bool locked)
{
    for (QLineEdit* segment : m_segments) {
        segment->setReadOnly(locked);
        segment->setAttribute(Qt::WA_InputMethodEnabled, false); // setReadOnly turns it back on
    }
}

void DateTimeEditor::updateAccessibility()
{
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        m_segments[i]->setAccessibleName(accessibleQuestion() + QStringLiteral(": ") + m_captions[i]->text());
        m_segments[i]->setAccessibleDescription(accessibleDetails());
    }
}

void DateTimeEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    FieldEditor::changeEvent(event);
}

void DateTimeEditor::retranslate()
{
    QStringList captions;
    if (m_mode != Mode::Time) {
        //: Caption above the day digits of a date field.
        captions << tr("Day");
        //: Caption above the month digits of a date field.
        captions << tr("Month");
        //: Caption above the year digits of a date field.
        captions << tr("Year");
    }
    if (m_mode != Mode::Date) {
        //: Caption above the hour digits of a time field.
        captions << tr("Hour");
        //: Caption above the minute digits of a time field.
        captions << tr("Minute");
    }
    for (std::size_t i = 0; i < m_captions.size(); ++i) {
        m_captions[i]->setText(captions.value(int(i)));
    }
    updateAccessibility();
}

} // namespace bt::forms
