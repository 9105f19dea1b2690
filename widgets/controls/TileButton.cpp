#include "TileButton.h"

#include "AccessibleControls.h"
#include "Theme.h"
#include "TintedIcon.h"

#include <QPainter>
#include <QStyleOption>

namespace bt::widgets {

namespace {
constexpr int padding = 12;
constexpr int spacing = 8;
constexpr int textFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

TileButton::TileButton(QWidget* parent)
    : QAbstractButton(parent)
{
    installAccessibleControls(); // read by its text as painted, "&" included
    setProperty("role", QStringLiteral("tile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TileButton::setIconPath(const QString& svgPath)
{
    m_iconPath = svgPath;
    update();
}

void TileButton::setDetail(const QString& detail)
{
    m_detail = detail;
    setAccessibleDescription(detail);
    updateGeometry();
    update();
}

int TileButton::iconEdge() const
{
    return m_iconPath.isEmpty() ? 0 : font().pixelSize() * 5 / 2;
}

QFont TileButton::labelFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QFont TileButton::detailFont() const
{
    QFont smaller = font();
    smaller.setPixelSize(qMax(20, font().pixelSize() * 5 / 6));
    return smaller;
}

QSize TileButton::sizeHint() const
{
    const int width = 340;
    return {width, heightForWidth(width)};
}

QSize TileButton::minimumSizeHint() const
{
    return {Theme::minimumTouchSize() * 3, heightForWidth(Theme::minimumTouchSize() * 3)};
}

int TileButton::heightForWidth(int width) const
{
    const int textWidth = qMax(1, width - 2 * padding);
    const QRect labelRect = QFontMetrics(labelFont()).boundingRect(QRect(0, 0, textWidth, 10000), textFlags, text());
    int height = padding + iconEdge() + (iconEdge() > 0 ? spacing : 0) + labelRect.height() + padding;
    if (!m_detail.isEmpty()) {
        height += spacing +
                  QFontMetrics(detailFont()).boundingRect(QRect(0, 0, textWidth, 10000), textFlags, m_detail).height();
    }
    return qMax(height, Theme::minimumTouchSize() * 2);
}

void TileButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    // Draws background, border and focus frame from the style sheet's "tile" rules.
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);

    const QColor ink = palette().color(QPalette::WindowText);
    int y = padding;
    if (const int edge = iconEdge(); edge > 0) {
        const QPixmap icon = tintedIcon(m_iconPath, edge, ink, devicePixelRatioF());
        painter.drawPixmap((width() - edge) / 2, y, icon);
        y += edge + spacing;
    }
    const QRect textArea(padding, y, width() - 2 * padding, height() - y - padding);
    painter.setPen(ink);
    painter.setFont(labelFont());
    QRect used;
    painter.drawText(textArea, textFlags, text(), &used);
    if (!m_detail.isEmpty()) {
        painter.setFont(detailFont());
        painter.drawText(textArea.adjusted(0, used.height() + spacing, 0, 0), textFlags, m_detail);
    }
}

} // namespace bt::widgets
