// Speech in the real window, recorded: silent at the start; switched on in the reading aids with
// a touch; then each screen the journey reaches is said with its title, in the citizen's
// language; the end of the session switches it off for the next citizen.
#include "AccessibilityOverlay.h"
#include "HeaderBar.h"
#include "Narrator.h"
#include "RecordingSpeechOutput.h"
#include "Screen.h"
#include "TerminalFixture.h"
#include "TopicScreen.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using bt::test::RecordingSpeechOutput;
using bt::test::TerminalFixture;

namespace {

// What a citizen reads first on a screen: its title.
QString titleOf(const QWidget& screen)
{
    for (const QLabel* label : screen.findChildren<QLabel*>()) {
        if (label->property("role").toString() == u"title" && label->isVisible() && !label->text().isEmpty()) {
            return label->text();
        }
    }
    return {};
}

void tap(QWidget* widget)
{
    QVERIFY(widget && widget->isVisible());
    QTest::mouseClick(widget, Qt::LeftButton);
    TerminalFixture::settle();
}

} // namespace

class tst_SpokenJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchedOnInTheReadingAidsThenEveryScreenIsSaid()
    {
        TerminalFixture terminal;
        RecordingSpeechOutput voice;
        bt::app::Narrator narrator(voice, terminal.session);
        narrator.watch(*terminal.window);
        terminal.startJourney();
        QCOMPARE(voice.said.size(), std::size_t(0));

        tap(terminal.header()->findChild<QPushButton*>(QStringLiteral("readingAidsButton")));
        tap(terminal.readingAidsOverlay()->findChild<QPushButton*>(QStringLiteral("speechOnOffButton")));
        QVERIFY(terminal.session.speech().on);
        QTRY_VERIFY(!voice.said.empty()); // where the citizen is: the switch just touched
        tap(terminal.readingAidsOverlay()->findChild<QPushButton*>(QStringLiteral("doneButton")));

        const auto& topics = terminal.taxonomy.themenfelder();
        terminal.workflows.journey.chooseThemenfeld(topics.front().id);
        TerminalFixture::settle();
        const QString title = titleOf(*terminal.topicScreen());
        QVERIFY(!title.isEmpty());
        QTRY_VERIFY2(voice.last().startsWith(title), qPrintable(voice.last()));
        QCOMPARE(voice.said.back().language.language(), QLocale::German);

        terminal.session.setLanguage(QStringLiteral("en"));
        terminal.workflows.journey.back();
        TerminalFixture::settle();
        terminal.workflows.journey.chooseThemenfeld(topics.back().id);
        TerminalFixture::settle();
        QTRY_VERIFY2(voice.last().startsWith(titleOf(*terminal.topicScreen())), qPrintable(voice.last()));
        QCOMPARE(voice.said.back().language.language(), QLocale::English);

        // The next citizen starts as the terminal is set: silent.
        const int stops = voice.stops;
        terminal.session.wipe();
        QVERIFY(!terminal.session.speech().on);
        QVERIFY(voice.stops > stops);
    }
};

QTEST_MAIN(tst_SpokenJourney)
#include "tst_SpokenJourney.moc"
