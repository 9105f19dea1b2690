// CountdownOverlay: "Sind Sie noch da?" before the session is wiped. A citizen a step away must
// see how many seconds are left (a big number, and a sentence that says it in the right plural)
// and have one big button to go on, in the language on screen.
#include "CountdownOverlay.h"
#include "HostWindow.h"
#include "LanguageSwitch.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using bt::test::HostWindow;
using bt::test::LanguageSwitch;
using bt::widgets::CountdownOverlay;

namespace {

QLabel* secondsLabel(const CountdownOverlay& overlay)
{
    return overlay.findChild<QLabel*>(QStringLiteral("countdownSeconds"));
}

QLabel* messageLabel(const CountdownOverlay& overlay)
{
    return overlay.findChild<QLabel*>(QStringLiteral("countdownMessage"));
}

QPushButton* continueButton(const CountdownOverlay& overlay)
{
    return overlay.findChild<QPushButton*>(QStringLiteral("continueButton"));
}

// The texts a citizen sees on the open overlay.
QStringList shownTexts(const CountdownOverlay& overlay)
{
    QStringList texts;
    for (const auto* label : overlay.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            texts << label->text();
        }
    }
    return texts;
}

} // namespace

class tst_CountdownOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { bt::widgets::Theme().applyTo(*qApp); }

    void showsTheSecondsLeft_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("message");
        QTest::newRow("30") << 30
                            << QStringLiteral(
                                   "For your privacy, everything you entered will be deleted in 30 seconds.");
        QTest::newRow("1") << 1
                           << QStringLiteral("For your privacy, everything you entered will be deleted in 1 second.");
    }

    void showsTheSecondsLeft()
    {
        QFETCH(int, seconds);
        QFETCH(QString, message);
        const LanguageSwitch english(QStringLiteral("en")); // English is the source; its file has the plurals
        HostWindow host;
        auto* overlay = new CountdownOverlay(&host.window);
        overlay->open();
        overlay->setSecondsLeft(seconds);
        QCOMPARE(overlay->secondsLeft(), seconds);
        QVERIFY(secondsLabel(*overlay) && secondsLabel(*overlay)->isVisible());
        QCOMPARE(secondsLabel(*overlay)->text(), QString::number(seconds));
        QVERIFY(messageLabel(*overlay) && messageLabel(*overlay)->isVisible());
        QCOMPARE(messageLabel(*overlay)->text(), message);
    }

    // The number is the largest text on the overlay, larger than its title.
    void theSecondsAreTheBiggestText()
    {
        HostWindow host;
        auto* overlay = new CountdownOverlay(&host.window);
        overlay->open();
        overlay->setSecondsLeft(30);
        QLabel* seconds = secondsLabel(*overlay);
        QVERIFY(seconds);
        for (const auto* label : overlay->findChildren<QLabel*>()) {
            if (label != seconds) {
                QVERIFY2(seconds->font().pixelSize() > label->font().pixelSize(), qPrintable(label->text()));
            }
        }
        QVERIFY(seconds->font().pixelSize() >= 2 * bt::widgets::Theme().bodyPixelSize());
    }

    void continueAsksToGoOn()
    {
        HostWindow host;
        auto* overlay = new CountdownOverlay(&host.window);
        QSignalSpy requested(overlay, &CountdownOverlay::continueRequested);
        overlay->open();
        QPushButton* button = continueButton(*overlay);
        QVERIFY(button && button->isVisible());
        QVERIFY(button->height() >= bt::widgets::Theme::minimumTouchSize());
        host.touch(button);
        QCOMPARE(requested.count(), 1);
    }

    // The language changes while the countdown runs (the picker stays in the header): title,
    // sentence with its seconds, the button and what a screen reader says for it.
    void textsFollowALanguageSwitch()
    {
        std::optional<LanguageSwitch> language(std::in_place, QStringLiteral("en"));
        HostWindow host;
        auto* overlay = new CountdownOverlay(&host.window);
        overlay->open();
        overlay->setSecondsLeft(12);
        QVERIFY(shownTexts(*overlay).contains(QStringLiteral("Are you still there?")));
        QCOMPARE(continueButton(*overlay)->text(), QStringLiteral("Yes, continue"));

        language.reset();
        language.emplace(QStringLiteral("de"));
        const QStringList texts = shownTexts(*overlay);
        QVERIFY2(texts.contains(QStringLiteral("Sind Sie noch da?")), qPrintable(texts.join(u'|')));
        QCOMPARE(messageLabel(*overlay)->text(),
                 QStringLiteral("Zu Ihrem Schutz wird alles, was Sie eingegeben haben, in 12 Sekunden gelöscht."));
        QCOMPARE(secondsLabel(*overlay)->text(), QStringLiteral("12"));
        QCOMPARE(continueButton(*overlay)->text(), QStringLiteral("Ja, weiter"));
        QCOMPARE(continueButton(*overlay)->accessibleName(), QStringLiteral("Ja, weiter"));
    }
};

QTEST_MAIN(tst_CountdownOverlay)
#include "tst_CountdownOverlay.moc"
