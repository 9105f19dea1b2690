#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace bt::widgets {

namespace {
constexpr int quietZone = 4; // modules of white around the code (ISO/IEC 18004)

struct QrDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
} // namespace

QrCode::QrCode(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

bool QrCode::setText(const QString& text)
{
    m_text = text;
    m_modules = QImage();
    const QByteArray utf8 = text.toUtf8();
    // Error correction M: survives a scratched or glossy screen without growing too dense.
    std::unique_ptr<QRcode, QrDeleter> code(
        utf8.isEmpty() ? nullptr : QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code) {
        setAccessibleName(QString());
        update();
        return false;
    }
    const int size = code->width + 2 * quietZone;
    m_modules = QImage(size, size, QImage::Format_Mono);
    m_modules.fill(0);
    m_modules.setColor(0, qRgb(255, 255, 255));
    m_modules.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) { // bit 0: dark module
                m_modules.setPixel(x + quietZone, y + quietZone, 1);
            }
        }
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
