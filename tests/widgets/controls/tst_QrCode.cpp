#include "QrCode.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using bt::widgets::QrCode;

class tst_QrCode : public QObject
{
    Q_OBJECT

private:
    // What an independent reader makes of the code.
    static QString decode(const QImage& image)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.png"));
        if (!image.save(path)) {
            return QStringLiteral("<not saved>");
        }
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
        zbar.waitForFinished(10000);
        return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                 "zbarimg (Debian package zbar-tools) is needed; ./terminal test installs it");
    }

    void phonesReadWhatWasEncoded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("online service") << QStringLiteral("https://www.elster.de");
        QTest::newRow("long address") << QStringLiteral("https://www.fuehrungszeugnis.bund.de/ffw/form/6/?lang=de&x=") +
                                             QStringLiteral("a").repeated(200);
        QTest::newRow("umlauts") << QStringLiteral("Bürgerbüro Musterstadt, Schalter 1–4");
    }

    void phonesReadWhatWasEncoded()
    {
        QFETCH(QString, text);
        QrCode code;
        QVERIFY(code.setText(text));
        QVERIFY(!code.isEmpty());
        const QImage image = code.image(400);
        QVERIFY(image.width() >= 200 && image.width() <= 400);
        QCOMPARE(image.width(), image.height());
        QCOMPARE(decode(image), text);
        QVERIFY(code.accessibleName().contains(text));
    }

    void tooMuchOrNothingIsRefused()
    {
        QrCode code;
        QVERIFY(!code.setText(QString()));
        QVERIFY(code.isEmpty());
        QVERIFY(!code.setText(QStringLiteral("x").repeated(5000))); // beyond the largest QR version
        QVERIFY(code.isEmpty());
        QVERIFY(code.image(300).isNull());
    }

    void quietZoneIsWhite()
    {
        QrCode code;
        QVERIFY(code.setText(QStringLiteral("https://www.elster.de")));
        const QImage image = code.image(300).convertToFormat(QImage::Format_RGB32);
        for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 1, 0), QPoint(0, image.height() - 1)}) {
            QCOMPARE(image.pixelColor(corner), QColor(Qt::white));
        }
    }
};

QTEST_MAIN(tst_QrCode)
#include "tst_QrCode.moc"
