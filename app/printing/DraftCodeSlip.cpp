#include "DraftCodeSlip.h"

#include "QrModules.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bt::app {

namespace {
// A slip, not a letter: on A4 it keeps about a receipt's width, so it reads the same on both.
constexpr qreal maxWidthMm = 100;
constexpr qreal qrEdgeMm = 40; // phones read it from arm's length; fits an 80 mm roll (72 mm printable)
constexpr qreal gapMm = 4;
constexpr qreal codePoints = 22;

QFont slipFont(qreal points, bool bold = false, bool fixedPitch = false)
{
    // DejaVu is installed with the terminal; it has every letter our languages need.
    QFont font(fixedPitch ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}
} // namespace

DraftCodeSlip::DraftCodeSlip(const QString& serviceName,
                             const QString& groupedCode,
                             QDate keptUntil,
                             const QLocale& locale)
    //: Printed slip after "Später fortsetzen", its heading.
    : m_heading(tr("Your application is saved"))
    , m_serviceName(serviceName)
    , m_code(groupedCode)
    , m_qr(widgets::qrModules(groupedCode))
    //: Printed slip: %1 is the date until which the saved application is kept.
    , m_keptUntil(tr("Kept until %1").arg(locale.toString(keptUntil, QLocale::LongFormat)))
    //: Printed slip: how to continue. Use the home screen's button text "Continue a saved application".
    , m_howToContinue(tr("At the terminal: \"Continue a saved application\", then enter the code."))
{}

QString DraftCodeSlip::jobName() const
{
    return QStringLiteral("resume code slip");
}

void DraftCodeSlip::paint(QPainter& painter, const QRectF& page) const
{
    const qreal mm = painter.device()->logicalDpiX() / 25.4;
    const qreal width = std::min(page.width(), maxWidthMm * mm);
    const qreal left = page.left() + (page.width() - width) / 2;
    qreal top = page.top();
    painter.setPen(Qt::black);

    // Draws wrapped, centred text below the previous block.
    const auto block = [&](const QString& text, const QFont& font) {
        painter.setFont(font);
        const QRectF room(left, top, width, page.bottom() - top);
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF used = painter.boundingRect(room, flags, text);
        painter.drawText(room, flags, text);
        top = used.bottom() + gapMm * mm;
    };

    block(m_heading, slipFont(16, true));
    block(m_serviceName, slipFont(11));

    // The code on one line if it fits, else two groups per line; never broken inside a group.
    QFont codeFont = slipFont(codePoints, true, true);
    QString code = m_code;
    if (QFontMetricsF(codeFont, painter.device()).horizontalAdvance(code) > width) {
        const qsizetype middle = code.indexOf(u'-', code.size() / 2 - 1);
        if (middle > 0) {
            code = code.left(middle + 1) + u'\n' + code.mid(middle + 1);
        }
        const qreal widest = QFontMetricsF(codeFont, painter.device()).horizontalAdvance(code.section(u'\n', 0, 0));
        if (widest > width) {
            codeFont.setPointSizeF(codePoints * width / widest);
        }
    }
    block(code, codeFont);

    if (!m_qr.isNull()) {
        const qreal edge = std::min(qrEdgeMm * mm, width);
        // Whole device pixels per module keep the edges sharp for scanners.
        const qreal module = std::max<qreal>(1, std::floor(edge / m_qr.width()));
        const qreal drawn = module * m_qr.width();
        painter.drawImage(QRectF(left + (width - drawn) / 2, top, drawn, drawn), m_qr);
        top += drawn + gapMm * mm;
    }

    block(m_keptUntil, slipFont(11));
    block(m_howToContinue, slipFont(11));
}

} // namespace bt::app
