#include "ChoiceTile.h"

#include "AccessibleControls.h"
#include "Theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

namespace bt::widgets {

namespace {
constexpr int padding = 14;
constexpr int spacing = 14;
constexpr int textFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
} // namespace

ChoiceTile::ChoiceTile(const QString& text, QWidget* parent)
    : QAbstractButton(parent)
{
    installAccessibleControls(); // read by its text as painted; read-only offers no action
    setText(text);
    setCheckable(true);
    setProperty("role", QStringLiteral("choice"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ChoiceTile::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    setCursor(readOnly ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void ChoiceTile::mousePressEvent(QMouseEvent* event)
{
    if (m_readOnly) {
        event->ignore();
        return;
    }
    QAbstractButton::mousePressEvent(event);
}

void ChoiceTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_readOnly) {
        event->ignore();
        return;
    }
    QAbstractButton::mouseReleaseEvent(event);
}

void ChoiceTile::keyPressEvent(QKeyEvent* event)
{
    if (m_readOnly) {
        event->ignore();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

int ChoiceTile::markEdge() const
{
    return qMax(28, font().pixelSize() * 4 / 3);
}

QFont ChoiceTile::labelFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QSize ChoiceTile::sizeHint() const
{
    const int textWidth = QFontMetrics(labelFont()).horizontalAdvance(text());
    const int width = qMin(560, padding * 2 + markEdge() + spacing + textWidth + 8);
    return {qMax(width, Theme::minimumTouchSize() * 3), heightForWidth(width)};
}

QSize ChoiceTile::minimumSizeHint() const
{
    const int width = Theme::minimumTouchSize() * 3;
    return {width, heightForWidth(width)};
}

int ChoiceTile::heightForWidth(int width) const
{
    // Layouts ask again and again for the same widths; wrapping the text means shaping it anew.
    return m_heights.heightFor({text(), font()}, width, [this](int w) {
        const int textWidth = qMax(1, w - 2 * padding - markEdge() - spacing);
        const QRect used = QFontMetrics(labelFont()).boundingRect(QRect(0, 0, textWidth, 10000), textFlags, text());
        return qMax(Theme::minimumTouchSize() + 16, used.height() + 2 * padding);
    });
}

void ChoiceTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QStyleOption option;
    option.initFrom(this);
    // Background, border and focus frame from the style sheet's "choice" rules.
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);

    const QColor ink = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor onAccent = palette().color(QPalette::HighlightedText);
    if (isChecked()) {
        // A frame thicker than the focus frame: chosen is visible while another tile has focus.
        QPen frame(accent, 6);
        painter.setPen(frame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), 12, 12);
    }
    const int edge = markEdge();
    const QRectF mark(padding, (height() - edge) / 2.0, edge, edge);
    if (isChecked()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawEllipse(mark);
        QPainterPath tick;
        tick.moveTo(mark.left() + edge * 0.25, mark.top() + edge * 0.52);
        tick.lineTo(mark.left() + edge * 0.43, mark.top() + edge * 0.70);
        tick.lineTo(mark.left() + edge * 0.76, mark.top() + edge * 0.32);
        painter.setPen(QPen(onAccent, qMax(3.0, edge / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    } else {
        painter.setPen(QPen(ink, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(mark.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    const int textLeft = padding + edge + spacing;
    painter.setPen(ink);
    painter.setFont(labelFont());
    painter.drawText(QRect(textLeft, padding, width() - textLeft - padding, height() - 2 * padding), textFlags, text());
}

} // namespace bt::widgets
