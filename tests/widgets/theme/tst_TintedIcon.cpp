// tintedIcon: one set of single-colour SVG pictograms serves every look, drawn in the look's
// colour at the size asked for, sharp on a screen with more pixels per point. A missing or
// broken file gives no picture rather than a wrong one.
#include "TintedIcon.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using bt::widgets::tintedIcon;

namespace {

// A black square in the middle of a 24×24 view, the rest empty.
const QByteArray square = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">"
                          "<rect x=\"6\" y=\"6\" width=\"12\" height=\"12\" fill=\"#000000\"/></svg>";

} // namespace

class tst_TintedIcon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString written(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(file.fileName()));
        }
        return file.fileName();
    }

private Q_SLOTS:
    void drawsTheShapeInTheColour_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::newRow("standard accent") << QColor(0x0A, 0x4F, 0x9E);
        QTest::newRow("high contrast yellow") << QColor(0xFF, 0xE0, 0x00);
    }

    void drawsTheShapeInTheColour()
    {
        QFETCH(QColor, colour);
        const QImage image = tintedIcon(written(QStringLiteral("square.svg"), square), 48, colour).toImage();
        QCOMPARE(image.size(), QSize(48, 48));
        // Inside the square the colour, fully opaque; outside nothing.
        QCOMPARE(image.pixelColor(24, 24), colour);
        QCOMPARE(image.pixelColor(14, 14), colour);
        QCOMPARE(image.pixelColor(4, 4).alpha(), 0);
        QCOMPARE(image.pixelColor(44, 24).alpha(), 0);
    }

    // Twice the pixels for a screen with twice the density; laid out at the size asked for.
    void sharpOnDenseScreens()
    {
        const QPixmap icon = tintedIcon(written(QStringLiteral("square.svg"), square), 48, Qt::black, 2.0);
        QCOMPARE(icon.size(), QSize(96, 96));
        QCOMPARE(icon.devicePixelRatio(), 2.0);
        QCOMPARE(icon.deviceIndependentSize(), QSizeF(48, 48));
        QCOMPARE(icon.toImage().pixelColor(48, 48), QColor(Qt::black));
    }

    void noPictureForAMissingOrBrokenFile()
    {
        QVERIFY(tintedIcon(m_dir.filePath(QStringLiteral("missing.svg")), 48, Qt::black).isNull());
        QVERIFY(tintedIcon(written(QStringLiteral("broken.svg"), "<svg"), 48, Qt::black).isNull());
        QVERIFY(tintedIcon(written(QStringLiteral("square.svg"), square), 0, Qt::black).isNull());
    }
};

QTEST_MAIN(tst_TintedIcon)
#include "tst_TintedIcon.moc"
