#include "QrModules.h"

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

QImage qrModules(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // Error correction M: survives a scratched or glossy screen without growing too dense.
    std::unique_ptr<QRcode, QrDeleter> code(
        utf8.isEmpty() ? nullptr : QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code) {
        return {};
    }
    const int size = code->width + 2 * quietZone;
    QImage modules(size, size, QImage::Format_Mono);
    modules.fill(0);
    modules.setColor(0, qRgb(255, 255, 255));
    modules.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) { // bit 0: dark module
                modules.setPixel(x + quietZone, y + quietZone, 1);
            }
        }
    }
    return modules;
}

} // namespace bt::widgets
