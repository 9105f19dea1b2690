// SpeechControls in the reading aids: on and off with a tick, volume and pace a step at a time
// within 1..5 and said in words, the other buttons there only while speech is on, "Wiederholen"
// and "Pause" asked for; the texts follow the language.
#include "AccessibilityOverlay.h"
#include "HostWindow.h"
#include "LanguageSwitch.h"
#include "SpeechControls.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using bt::test::HostWindow;
using bt::widgets::AccessibilityOverlay;
using bt::widgets::SpeechSettings;

Q_DECLARE_METATYPE(SpeechSettings)

namespace {

QPushButton* button(const QWidget& in, const char* name)
{
    auto* found = in.findChild<QPushButton*>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no %s", name);
    }
    return found;
}

QString level(const QWidget& in, const char* name)
{
    return in.findChild<QLabel*>(QString::fromLatin1(name))->text();
}

} // namespace

class tst_SpeechControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchedOnWithATick()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        overlay->open();
        QSignalSpy chosen(overlay, &AccessibilityOverlay::speechChosen);
        QPushButton* onOff = button(*overlay, "speechOnOffButton");
        QVERIFY(!onOff->isChecked());
        QVERIFY2(!button(*overlay, "speechLouderButton")->isVisible(), "nothing to tune without speech");
        host.touch(onOff);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.first().at(0).value<SpeechSettings>().on);
        QVERIFY(onOff->isChecked());
        QVERIFY2(onOff->text().startsWith(QStringLiteral("✓ ")), "the state is not shown by colour alone");
        QVERIFY(button(*overlay, "speechLouderButton")->isVisible());
    }

    void volumeAndPaceStepWithinTheirRange()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        overlay->setSpeechSettings({true, 4, 2});
        overlay->open();
        QSignalSpy chosen(overlay, &AccessibilityOverlay::speechChosen);
        host.touch(button(*overlay, "speechLouderButton"));
        QCOMPARE(chosen.last().at(0).value<SpeechSettings>().volume, 5);
        QVERIFY2(!button(*overlay, "speechLouderButton")->isEnabled(), "5 is the loudest");
        QCOMPARE(level(*overlay, "speechVolume"), QStringLiteral("Volume 5 of 5"));
        host.touch(button(*overlay, "speechSlowerButton"));
        QCOMPARE(chosen.last().at(0).value<SpeechSettings>().rate, 1);
        QVERIFY(!button(*overlay, "speechSlowerButton")->isEnabled());
        host.touch(button(*overlay, "speechSlowerButton")); // disabled: nothing more
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(level(*overlay, "speechRate"), QStringLiteral("Speed 1 of 5"));
    }

    void repeatAndPauseAreAskedFor()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        overlay->setSpeechSettings({true, 4, 3});
        overlay->open();
        QSignalSpy repeat(overlay, &AccessibilityOverlay::speechRepeatRequested);
        QSignalSpy pause(overlay, &AccessibilityOverlay::speechPauseRequested);
        host.touch(button(*overlay, "speechRepeatButton"));
        host.touch(button(*overlay, "speechPauseButton"));
        QCOMPARE(repeat.size(), 1);
        QCOMPARE(pause.size(), 1);
    }

    void textsFollowALanguageSwitch()
    {
        HostWindow host;
        auto* overlay = new AccessibilityOverlay(&host.window);
        overlay->setSpeechSettings({true, 3, 3});
        overlay->open();
        const bt::test::LanguageSwitch german(QStringLiteral("de"));
        QCOMPARE(button(*overlay, "speechOnOffButton")->text(), QStringLiteral("✓ Vorlesen ist an"));
        QCOMPARE(button(*overlay, "speechRepeatButton")->text(), QStringLiteral("Wiederholen"));
        QCOMPARE(level(*overlay, "speechVolume"), QStringLiteral("Lautstärke 3 von 5"));
    }
};

QTEST_MAIN(tst_SpeechControls)
#include "tst_SpeechControls.moc"
