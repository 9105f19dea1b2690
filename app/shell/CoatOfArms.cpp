#include "CoatOfArms.h"

#include <QPainter>
#include <QSvgRenderer>

namespace bt::app {

QPixmap coatOfArms(const QString& configuredPath, int height, qreal devicePixelRatio)
{
    const QString path = configuredPath.isEmpty() ? QStringLiteral(":/icons/coat-of-arms.svg") : configuredPath;
    const int physicalHeight = qRound(height * devicePixelRatio);
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid()) {
            return {};
        }
        const QSizeF size = renderer.defaultSize();
        const int physicalWidth = qRound(physicalHeight * size.width() / qMax(1.0, size.height()));
        QPixmap pixmap(physicalWidth, physicalHeight);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        pixmap.setDevicePixelRatio(devicePixelRatio);
        return pixmap;
    }
    QPixmap pixmap(path);
    if (pixmap.isNull()) {
        return {};
    }
    pixmap = pixmap.scaledToHeight(physicalHeight, Qt::SmoothTransformation);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace bt::app
