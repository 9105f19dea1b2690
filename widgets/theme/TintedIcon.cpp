#include "TintedIcon.h"

#include <QPainter>
#include <QSvgRenderer>

namespace bt::widgets {

QPixmap tintedIcon(const QString& svgPath, int edge, const QColor& color, qreal devicePixelRatio)
{
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid() || edge <= 0) {
        return {};
    }
    const int physical = qRound(edge * devicePixelRatio);
    QPixmap pixmap(physical, physical);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace bt::widgets
