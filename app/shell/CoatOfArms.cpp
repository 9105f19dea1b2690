#include "CoatOfArms.h"

#include <QCoreApplication>
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

QString coatOfArmsName(const QString& townName)
{
    //: Read out for the town's coat of arms at the top of the screen, e.g. "Coat of arms of Musterstadt".
    return QCoreApplication::translate("bt::app::CoatOfArms", "Coat of arms of %1").arg(townName);
}

} // namespace bt::app
