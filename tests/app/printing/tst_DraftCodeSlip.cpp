// The resume code slip as a citizen gets it, on an 80 mm receipt roll and on A4: everything inside
// the printable area, the QR code readable by a scanner and holding exactly the code. Writes both
// as PNG (slip-80mm.png, slip-a4.png) to look at.
#include "DraftCodeSlip.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QTest>

using bt::app::DraftCodeSlip;

namespace {

const QString code = QStringLiteral("K7QM-X2PD-9RWT-H4NC");

struct Paper
{
    qreal widthMm;
    qreal heightMm;
    int dpi;
};

// The slip painted on white paper of that size with a 4 mm unprintable margin all round.
QImage render(const DraftCodeSlip& slip, Paper paper)
{
    const qreal dotsPerMm = paper.dpi / 25.4;
    QImage image(qRound(paper.widthMm * dotsPerMm), qRound(paper.heightMm * dotsPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    const qreal margin = 4 * dotsPerMm;
    slip.paint(painter, QRectF(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin));
    return image;
}

// True if any pixel outside the printable area is not white.
bool inkOutside(const QImage& image, int margin)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool inside = x >= margin && y >= margin && x < image.width() - margin && y < image.height() - margin;
            if (!inside && image.pixel(x, y) != qRgb(255, 255, 255)) {
                return true;
            }
        }
    }
    return false;
}

// The lowest row with ink: how long the slip is.
int lastInkedRow(const QImage& image)
{
    for (int y = image.height() - 1; y >= 0; --y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                return y;
            }
        }
    }
    return -1;
}

QStringList qrCodesIn(const QString& png)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    if (!zbar.waitForFinished(30000)) {
        return {};
    }
    return QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_DraftCodeSlip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laidOutOnThePaperOfTheQueue_data()
    {
        QTest::addColumn<qreal>("widthMm");
        QTest::addColumn<qreal>("heightMm");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("file");
        // A thermal receipt printer: 80 mm roll, 203 dpi.
        QTest::newRow("80 mm roll") << qreal(80) << qreal(160) << 203 << QStringLiteral("slip-80mm.png");
        // A narrower 58 mm roll still takes the code, in two lines.
        QTest::newRow("58 mm roll") << qreal(58) << qreal(170) << 203 << QStringLiteral("slip-58mm.png");
        QTest::newRow("A4") << qreal(210) << qreal(297) << 150 << QStringLiteral("slip-a4.png");
    }

    void laidOutOnThePaperOfTheQueue()
    {
        QFETCH(qreal, widthMm);
        QFETCH(qreal, heightMm);
        QFETCH(int, dpi);
        QFETCH(QString, file);
        const DraftCodeSlip slip(
            QStringLiteral("Sperrmüll anmelden"), code, QDate(2026, 12, 24), QLocale(QLocale::German));
        const QImage image = render(slip, {widthMm, heightMm, dpi});
        const QString png = QStringLiteral(BT_TEST_OUTPUT_DIR "/") + file;
        QVERIFY(image.save(png));
        const int margin = qRound(4 * dpi / 25.4);
        QVERIFY2(!inkOutside(image, margin), "the slip is painted outside the printable area");
        // A slip, not a letter: it ends well above the bottom of the page (a roll is cut there).
        QVERIFY(lastInkedRow(image) > 0);
        QVERIFY2(lastInkedRow(image) < image.height() - margin - 10, "the slip does not fit on its page");
        QCOMPARE(qrCodesIn(png), QStringList{code});
    }

    void carriesNothingButTheCode()
    {
        const DraftCodeSlip slip(
            QStringLiteral("Sperrmüll anmelden"), code, QDate(2026, 12, 24), QLocale(QLocale::German));
        QCOMPARE(slip.code(), code);
        // The job name is what the CUPS queue and the logs see.
        QVERIFY(!slip.jobName().contains(code));
        QVERIFY(!slip.jobName().contains(QStringLiteral("Sperrmüll")));
    }
};

QTEST_MAIN(tst_DraftCodeSlip)
#include "tst_DraftCodeSlip.moc"
