// AccessibilityOverlay: text size and contrast, chosen with big buttons. Each button must ask
// for its own look and keep the other half of the choice; the current choice is marked by a
// tick, not by colour alone; no choice is cut off, in any look and also right after the text
// grew (an expected failure on a narrow screen, see noChoiceIsCutOffWhenTheTextGrows); "Fertig"
// closes; the texts follow the language.
#include "AccessibilityOverlay.h"
#include "HostWindow.h"
#include "LanguageSwitch.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using bt::test::HostWindow;
using bt::widgets::AccessibilityOverlay;
using bt::widgets::Contrast;
using bt::widgets::TextSize;
using bt::widgets::ThemeSettings;

Q_DECLARE_METATYPE(ThemeSettings)

namespace {

const TextSize allSizes[] = {TextSize::Normal, TextSize::Large, TextSize::ExtraLarge};
const Contrast allContrasts[] = {Contrast::Standard, Contrast::High};

QList<QPushButton*> choiceButtons(const AccessibilityOverlay& overlay)
{
    QList<QPushButton*> buttons;
    for (const TextSize size : allSizes) {
        buttons << overlay.textSizeButton(size);
    }
    for (const Contrast contrast : allContrasts) {
        buttons << overlay.contrastButton(contrast);
    }
    return buttons;
}

QPushButton* doneButton(const AccessibilityOverlay& overlay)
{
    return overlay.findChild<QPushButton*>(QStringLiteral("doneButton"));
}

const QString tick = QStringLiteral("✓ ");

// What is wrong with the choices as shown, or nothing: each must be visible with its whole
// label, at least the touch size high, and inside the window.
QString choicesCutOff(const HostWindow& host, const AccessibilityOverlay& overlay)
{
    for (const QPushButton* button : choiceButtons(overlay)) {
        const QRect shown(button->mapTo(&host.window, QPoint()), button->size());
        if (!button->isVisible() || button->width() < button->sizeHint().width() ||
            button->height() < bt::widgets::Theme::minimumTouchSize() || !host.window.rect().contains(shown)) {
            return QStringLiteral("\"%1\" %2×%3 px at %4,%5, needs %6×%7")
                .arg(button->text())
                .arg(button->width())
                .arg(button->height())
                .arg(shown.x())
                .arg(shown.y())
                .arg(button->sizeHint().width())
                .arg(qMax(button->sizeHint().height(), bt::widgets::Theme::minimumTouchSize()));
        }
    }
    return {};
}

} // namespace

class tst_AccessibilityOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { bt::widgets::Theme().applyTo(*qApp); }
    void cleanupTestCase() { bt::widgets::Theme().applyTo(*qApp); }

    void eachChoiceAsksForItsLook_data()
    {
        QTest::addColumn<ThemeSettings>("current");
        QTest::addColumn<QString>("button");
        QTest::addColumn<ThemeSettings>("chosen");
        const ThemeSettings largeHigh{TextSize::Large, Contrast::High};
        const ThemeSettings normalStandard{TextSize::Normal, Contrast::Standard};
        QTest::newRow("normal") << largeHigh << QStringLiteral("textNormalButton")
                                << ThemeSettings{TextSize::Normal, Contrast::High};
        QTest::newRow("large") << normalStandard << QStringLiteral("textLargeButton")
                               << ThemeSettings{TextSize::Large, Contrast::Standard};
        QTest::newRow("extra large") << largeHigh << QStringLiteral("textExtraLargeButton")
                                     << ThemeSettings{TextSize::ExtraLarge, Contrast::High};
        QTest::newRow("standard") << largeHigh << QStringLiteral("contrastStandardButton")
                                  << ThemeSettings{TextSize::Large, Contrast::Standard};
        QTest::newRow("high") << normalStandard << QStringLiteral("contrastHighButton")
                              << ThemeSettings{TextSize::Normal, Contrast::High};
    }

    void eachChoiceAsksForItsLook()
    {
        QFETCH(ThemeSettings, current);
        QFETCH(QString, button);
        QFETCH(ThemeSettings, chosen);
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        overlay->setSettings(current);
        QList<ThemeSettings> asked;
        connect(
            overlay, &AccessibilityOverlay::settingsChosen, this, [&](ThemeSettings settings) { asked << settings; });
        overlay->open();
        host.touch(overlay->findChild<QPushButton*>(button));
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.front() == chosen);
        QVERIFY(overlay->isOpen()); // the change is shown at once; the citizen may choose again
    }

    // One button per row is marked: checked (a thick frame) and a tick in its text. A screen
    // reader hears the plain name. Setting the look from outside asks for nothing.
    void theCurrentChoiceIsMarkedByATick()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        QSignalSpy asked(overlay, &AccessibilityOverlay::settingsChosen);
        overlay->setSettings({TextSize::ExtraLarge, Contrast::High});
        overlay->open();
        for (const TextSize size : allSizes) {
            QPushButton* button = overlay->textSizeButton(size);
            const bool current = size == TextSize::ExtraLarge;
            QCOMPARE(button->isChecked(), current);
            QCOMPARE(button->text().startsWith(tick), current);
            QVERIFY(!button->accessibleName().isEmpty() && !button->accessibleName().contains(tick.trimmed()));
        }
        for (const Contrast contrast : allContrasts) {
            QPushButton* button = overlay->contrastButton(contrast);
            const bool current = contrast == Contrast::High;
            QCOMPARE(button->isChecked(), current);
            QCOMPARE(button->text().startsWith(tick), current);
        }
        // A touch moves the mark at once.
        host.touch(overlay->textSizeButton(TextSize::Normal));
        QVERIFY(overlay->textSizeButton(TextSize::Normal)->text().startsWith(tick));
        QVERIFY(!overlay->textSizeButton(TextSize::ExtraLarge)->text().startsWith(tick));
        QVERIFY(!overlay->textSizeButton(TextSize::ExtraLarge)->isChecked());
        QCOMPARE(asked.count(), 1);
    }

    void doneCloses()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        QSignalSpy asked(overlay, &AccessibilityOverlay::settingsChosen);
        QSignalSpy closed(overlay, &AccessibilityOverlay::closed);
        overlay->open();
        QVERIFY(doneButton(*overlay));
        host.touch(doneButton(*overlay));
        QVERIFY(!overlay->isOpen());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(asked.count(), 0);
    }

    // Every choice shows its whole label and is big enough for a finger, in every look, on a
    // landscape and a portrait screen and on a narrower one, where the larger texts no longer fit
    // side by side and the rows must turn. In English, whose labels here are the longer ones
    // ("Standard colours", "Extra large").
    void noChoiceIsCutOff_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("contrast");
        QTest::newRow("landscape") << QSize(1920, 1080) << int(Contrast::Standard);
        QTest::newRow("portrait") << QSize(1080, 1920) << int(Contrast::Standard);
        QTest::newRow("portrait, high contrast") << QSize(1080, 1920) << int(Contrast::High);
        QTest::newRow("narrow portrait") << QSize(720, 1280) << int(Contrast::Standard);
    }

    // Opened in each look.
    void noChoiceIsCutOff()
    {
        QFETCH(QSize, screen);
        QFETCH(int, contrast);
        for (const TextSize size : allSizes) {
            HostWindow host(screen);
            auto* overlay = new AccessibilityOverlay(&host.window);
            const ThemeSettings look{size, Contrast(contrast)};
            bt::widgets::Theme(look).applyTo(*qApp);
            overlay->setSettings(look);
            overlay->open();
            const QString problem = choicesCutOff(host, *overlay);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("text size %1: ").arg(int(size)) + problem));
        }
    }

    // Right after a touch made the text larger: the window applies the new look as the overlay
    // asks for it, while the overlay stays open.
    void noChoiceIsCutOffWhenTheTextGrows_data() { noChoiceIsCutOff_data(); }

    void noChoiceIsCutOffWhenTheTextGrows()
    {
        QFETCH(QSize, screen);
        QFETCH(int, contrast);
        HostWindow host(screen);
        auto* overlay = new AccessibilityOverlay(&host.window);
        const ThemeSettings start{TextSize::Normal, Contrast(contrast)};
        bt::widgets::Theme(start).applyTo(*qApp);
        overlay->setSettings(start);
        connect(overlay, &AccessibilityOverlay::settingsChosen, qApp, [](ThemeSettings settings) {
            bt::widgets::Theme(settings).applyTo(*qApp);
        });
        overlay->open();

        host.touch(overlay->textSizeButton(TextSize::Large));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QString problem = choicesCutOff(host, *overlay);
        // Measured: the rows are placed when the choice is made, before the window applies the
        // larger text, and stay so until the window changes size; on the narrow screen "Normal"
        // is then 146 px wide where it needs 161.
        QEXPECT_FAIL("narrow portrait", "the rows do not turn when the text grows while open", Abort);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("large: ") + problem));

        host.touch(overlay->textSizeButton(TextSize::ExtraLarge));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        problem = choicesCutOff(host, *overlay);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("extra large: ") + problem));
    }

    void textsFollowALanguageSwitch()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        overlay->setSettings({TextSize::Large, Contrast::Standard});
        overlay->open();
        const bt::test::LanguageSwitch german(QStringLiteral("de"));
        QStringList labels;
        for (const auto* label : overlay->findChildren<QLabel*>()) {
            labels << label->text();
        }
        for (const QString& expected : {QStringLiteral("Lesehilfen"),
                                        QStringLiteral("Schriftgröße"),
                                        QStringLiteral("Kontrast")}) {
            QVERIFY2(labels.contains(expected), qPrintable(labels.join(u'|')));
        }
        QCOMPARE(overlay->textSizeButton(TextSize::Normal)->text(), QStringLiteral("Normal"));
        QCOMPARE(overlay->textSizeButton(TextSize::Large)->text(), tick + QStringLiteral("Groß"));
        QCOMPARE(overlay->textSizeButton(TextSize::Large)->accessibleName(), QStringLiteral("Groß"));
        QCOMPARE(overlay->textSizeButton(TextSize::ExtraLarge)->text(), QStringLiteral("Sehr groß"));
        QCOMPARE(overlay->contrastButton(Contrast::Standard)->text(), tick + QStringLiteral("Normale Farben"));
        QCOMPARE(overlay->contrastButton(Contrast::High)->text(), QStringLiteral("Hoher Kontrast"));
        QCOMPARE(doneButton(*overlay)->text(), QStringLiteral("Fertig"));
    }
};

QTEST_MAIN(tst_AccessibilityOverlay)
#include "tst_AccessibilityOverlay.moc"
