#include "StatusIcon.h"

#include "AccessibleControls.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace bt::widgets {

StatusIcon::StatusIcon(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    installAccessibleControls(); // a picture, not a nameless filler
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    retranslate();
}

void StatusIcon::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void StatusIcon::retranslate()
{
    // One word before the message next to it, which says the rest.
    if (m_kind == Kind::Warning) {
        //: Read out for the warning sign before a field's error message.
        setAccessibleName(tr("Warning"));
    } else {
        //: Read out for the padlock before why a field cannot be changed.
        setAccessibleName(tr("Locked"));
    }
}

QSize StatusIcon::sizeHint() const
{
    const int edge = qMax(28, font().pixelSize() * 5 / 4);
    return {edge, edge};
}

void StatusIcon::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const qreal edge = qMin(width(), height());
    const QRectF box((width() - edge) / 2, (height() - edge) / 2, edge, edge);
    if (m_kind == Kind::Warning) {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + 1);
        triangle.lineTo(box.right() - 1, box.bottom() - 1);
        triangle.lineTo(box.left() + 1, box.bottom() - 1);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawPath(triangle);
        // The exclamation mark in the background colour, as if cut out of the triangle.
        painter.setBrush(palette().color(QPalette::Window));
        const qreal bar = edge / 9;
        painter.drawRoundedRect(QRectF(box.center().x() - bar / 2, box.top() + edge * 0.33, bar, edge * 0.34), 2, 2);
        painter.drawEllipse(QPointF(box.center().x(), box.top() + edge * 0.80), bar * 0.65, bar * 0.65);
        return;
    }
    // Padlock: a shackle over a body with a keyhole.
    const QRectF body(box.left() + edge * 0.15, box.top() + edge * 0.45, edge * 0.7, edge * 0.52);
    painter.setPen(QPen(ink, edge / 9, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    const QRectF shackle(box.left() + edge * 0.28, box.top() + edge * 0.08, edge * 0.44, edge * 0.6);
    painter.drawArc(shackle, 0, 180 * 16);
    painter.drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter.drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawRoundedRect(body, 3, 3);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawEllipse(QPointF(body.center().x(), body.center().y() - edge * 0.04), edge * 0.07, edge * 0.07);
}

} // namespace bt::widgets
