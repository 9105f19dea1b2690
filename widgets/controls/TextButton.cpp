#include "TextButton.h"

#include "AccessibleControls.h"
#include "Theme.h"

#include <QPainter>
#include <QStyleOption>

namespace bt::widgets {

namespace {
constexpr int padding = 10;
constexpr int textFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
} // namespace

TextButton::TextButton(const QString& text, QWidget* parent)
    : QAbstractButton(parent)
{
    installAccessibleControls(); // read by its text as painted, "&" included
    setText(text);
    setAccessibleName(text);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize TextButton::sizeHint() const
{
    const int width = qMin(900, fontMetrics().horizontalAdvance(text()) + 2 * padding + 8);
    return {width, heightForWidth(width)};
}

QSize TextButton::minimumSizeHint() const
{
    return {Theme::minimumTouchSize() * 2, Theme::minimumTouchSize()};
}

int TextButton::heightForWidth(int width) const
{
    const QRect used = fontMetrics().boundingRect(QRect(0, 0, qMax(1, width - 2 * padding), 10000), textFlags, text());
    return qMax(Theme::minimumTouchSize(), used.height() + 2 * padding);
}

void TextButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
    QFont underlined = font();
    underlined.setUnderline(true);
    painter.setFont(underlined);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect().adjusted(padding, padding, -padding, -padding), textFlags, text());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 4));
        painter.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 8, 8);
    }
}

} // namespace bt::widgets
