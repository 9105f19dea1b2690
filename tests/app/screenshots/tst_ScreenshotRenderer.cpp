#include "ScreenshotRenderer.h"
#include "TerminalFixture.h"

#include <QDirIterator>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using bt::test::TerminalFixture;

class tst_ScreenshotRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersEveryScreenInEveryLanguage()
    {
        TerminalFixture terminal;
        QTemporaryDir dir;
        bt::app::ScreenshotRenderer renderer(*terminal.window,
                                             terminal.workflows,
                                             terminal.languages,
                                             terminal.config,
                                             terminal.taxonomy,
                                             terminal.search);
        bt::app::Failure error;
        const int written = renderer.renderAll(dir.path(), &error);
        QVERIFY2(written > 0, qPrintable(error.staffDetail()));

        // 2 orientations x 3 looks x (2 languages x 14 screens + the out-of-order screen)
        QCOMPARE(written, 2 * 3 * (2 * 14 + 1));
        int found = 0;
        QDirIterator files(dir.path(), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            const QSize expected = path.contains(QStringLiteral("/landscape/")) ? QSize(1920, 1080) : QSize(1080, 1920);
            QCOMPARE(image.size(), expected);
            ++found;
        }
        QCOMPARE(found, written);

        // Language and look really differ between files, so nobody reviews the same picture twice.
        const QImage german(dir.filePath(QStringLiteral("landscape/de-standard-02-home.png")));
        const QImage english(dir.filePath(QStringLiteral("landscape/en-standard-02-home.png")));
        const QImage contrast(dir.filePath(QStringLiteral("landscape/de-contrast-02-home.png")));
        QVERIFY(german != english);
        QCOMPARE(contrast.pixelColor(960, 540).lightness() < 60, true); // black background
        QCOMPARE(german.pixelColor(5, 540).lightness() > 200, true);    // light background
        // The session is back where it started.
        QCOMPARE(terminal.session.language(), QStringLiteral("de"));
    }
};

QTEST_MAIN(tst_ScreenshotRenderer)
#include "tst_ScreenshotRenderer.moc"
