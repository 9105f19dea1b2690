// MeasuredLabel answers what QLabel answers, and measures again whenever the answer could change.
#include "HeightCache.h"
#include "MeasuredLabel.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using bt::widgets::HeightCache;
using bt::widgets::MeasuredLabel;

namespace {

const QString longQuestion = QStringLiteral(
    "Haben Sie in den letzten fünf Jahren in einem anderen Mitgliedstaat der Europäischen Union gewohnt?");

// The same text and settings as a plain QLabel, to compare with.
void sameAs(QLabel& plain, const MeasuredLabel& measured)
{
    plain.setText(measured.text());
    plain.setFont(measured.font());
    plain.setWordWrap(measured.wordWrap());
    plain.setContentsMargins(measured.contentsMargins());
    plain.setIndent(measured.indent());
    plain.setMargin(measured.margin());
}

} // namespace

class tst_MeasuredLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { bt::widgets::Theme().applyTo(*qApp); }

    void cacheMeasuresEachWidthOnce()
    {
        HeightCache<QString> cache;
        int measured = 0;
        auto measure = [&measured](int width) {
            ++measured;
            return 1000 / width;
        };
        QCOMPARE(cache.heightFor(QStringLiteral("a"), 100, measure), 10);
        QCOMPARE(cache.heightFor(QStringLiteral("a"), 100, measure), 10);
        QCOMPARE(measured, 1);
        QCOMPARE(cache.heightFor(QStringLiteral("a"), 50, measure), 20);
        QCOMPARE(measured, 2);
        // Other inputs: everything is measured again.
        QCOMPARE(cache.heightFor(QStringLiteral("b"), 100, measure), 10);
        QCOMPARE(measured, 3);
        QCOMPARE(cache.heightFor(QStringLiteral("b"), 50, measure), 20);
        QCOMPARE(measured, 4);
        // Any width is measured before it is remembered, 0 and -1 (no width) too.
        QCOMPARE(cache.heightFor(QStringLiteral("b"), 0, [](int) { return 7; }), 7);
        QCOMPARE(cache.heightFor(QStringLiteral("b"), -1, [](int) { return 9; }), 9);
        QCOMPARE(cache.heightFor(QStringLiteral("b"), -1, [](int) { return 11; }), 9);
    }

    void cacheKeepsTheLastFourWidths()
    {
        HeightCache<int> cache;
        int measured = 0;
        auto measure = [&measured](int width) {
            ++measured;
            return width * 2;
        };
        for (int width : {10, 20, 30, 40, 10, 20, 30, 40}) {
            QCOMPARE(cache.heightFor(1, width, measure), width * 2);
        }
        QCOMPARE(measured, 4);
        QCOMPARE(cache.heightFor(1, 50, measure), 100); // replaces the oldest, 10
        QCOMPARE(cache.heightFor(1, 10, measure), 20);
        QCOMPARE(measured, 6);
    }

    void heightsAreQLabels()
    {
        QWidget window;
        auto* measured = new MeasuredLabel(longQuestion, &window);
        measured->setWordWrap(true);
        QLabel plain;
        sameAs(plain, *measured);
        for (int width : {120, 300, 640, 1200, 300, 120}) {
            QCOMPARE(measured->heightForWidth(width), plain.heightForWidth(width));
        }
    }

    void changesAreMeasuredAgain()
    {
        QWidget window;
        auto* measured = new MeasuredLabel(QStringLiteral("Kurz"), &window);
        measured->setWordWrap(true);
        QLabel plain;
        const int width = 300;
        const int oneLine = measured->heightForWidth(width);

        measured->setText(longQuestion);
        sameAs(plain, *measured);
        QVERIFY(measured->heightForWidth(width) > oneLine);
        QCOMPARE(measured->heightForWidth(width), plain.heightForWidth(width));

        QFont larger = measured->font();
        larger.setPixelSize(larger.pixelSize() * 2);
        measured->setFont(larger);
        sameAs(plain, *measured);
        QCOMPARE(measured->heightForWidth(width), plain.heightForWidth(width));

        measured->setContentsMargins(20, 30, 20, 30);
        sameAs(plain, *measured);
        QCOMPARE(measured->heightForWidth(width), plain.heightForWidth(width));

        measured->setIndent(40);
        measured->setMargin(6);
        sameAs(plain, *measured);
        QCOMPARE(measured->heightForWidth(width), plain.heightForWidth(width));

        measured->setWordWrap(false);
        sameAs(plain, *measured);
        QCOMPARE(measured->heightForWidth(width), plain.heightForWidth(width));
    }

    void styleSheetFontIsMeasured()
    {
        // The application style sheet sets the font when the label is polished: the heights
        // measured before must not be kept.
        QWidget window;
        auto* measured = new MeasuredLabel(longQuestion, &window);
        measured->setWordWrap(true);
        measured->setProperty("role", QStringLiteral("heading"));
        const int before = measured->heightForWidth(300);
        measured->ensurePolished();
        QLabel plain(longQuestion);
        plain.setWordWrap(true);
        plain.setProperty("role", QStringLiteral("heading"));
        plain.ensurePolished();
        QVERIFY(plain.font().pixelSize() > QApplication::font().pixelSize());
        QCOMPARE(measured->heightForWidth(300), plain.heightForWidth(300));
        QVERIFY(measured->heightForWidth(300) > before);
    }
};

QTEST_MAIN(tst_MeasuredLabel)
#include "tst_MeasuredLabel.moc"
