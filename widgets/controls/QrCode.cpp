#include "QrCode.h"

#include "AccessibleControls.h"
#include "QrModules.h"

#include <QPainter>

namespace bt::widgets {

QrCode::QrCode(QWidget* parent)
    : QWidget(parent)
{
    installAccessibleControls(); // a picture, named by what it encodes
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

bool QrCode::setText(const QString& text)
{
    m_text = text;
    m_modules = qrModules(text);
    if (m_modules.isNull()) {
        setAccessibleName(QString());
        update();
        return false;
    }
    setAccessibleName(tr("QR code for %1").arg(text));
    updateGeometry();
    update();
    return true;
}

QImage QrCode::image(int edge) const
{
    if (m_modules.isNull()) {
        return {};
    }
    // Whole pixels per module keep the edges sharp for scanners.
    const int scale = qMax(1, edge / m_modules.width());
    return m_modules.scaled(
        m_modules.width() * scale, m_modules.height() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

void QrCode::paintEvent(QPaintEvent*)
{
    if (m_modules.isNull()) {
        return;
    }
    QPainter painter(this);
    const QImage code = image(qMin(width(), height()));
    painter.drawImage((width() - code.width()) / 2, (height() - code.height()) / 2, code);
}

} // namespace bt::widgets
