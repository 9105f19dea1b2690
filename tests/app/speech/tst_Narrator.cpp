// The terminal's own voice, recorded instead of spoken: silent until switched on; then each page
// as it appears and the element that gets the focus, in the session's language; a PIN as stars;
// "Wiederholen" and "Pause"; and nothing left of the citizen when the session ends.
#include "Narrator.h"
#include "RecordingSpeechOutput.h"
#include "Session.h"
#include "SpeechSettings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using bt::test::RecordingSpeechOutput;
using bt::widgets::SpeechSettings;

namespace {

const SpeechSettings speaking{true, 4, 3};

// A window with a page that is not shown yet: a title, a paragraph, a button with a label of its
// own, a name field and a PIN field.
struct Stage
{
    Stage()
    {
        page->setProperty(bt::widgets::spokenRegionProperty, true);
        auto* layout = new QVBoxLayout(page);
        auto* title = new QLabel(QStringLiteral("Hundesteuer anmelden"), page);
        auto* intro = new QLabel(QStringLiteral("<p>Sie brauchen <b>Ihren Ausweis</b>.</p>"), page);
        layout->addWidget(title);
        layout->addWidget(intro);
        next->setText(QStringLiteral("Weiter && fertig"));
        auto* inside = new QLabel(QStringLiteral("Pfeil"), next);
        inside->show();
        layout->addWidget(next);
        name->setAccessibleName(QStringLiteral("Familienname"));
        name->setText(QStringLiteral("Quast"));
        layout->addWidget(name);
        pin->setAccessibleName(QStringLiteral("PIN"));
        pin->setEchoMode(QLineEdit::Password);
        pin->setText(QStringLiteral("123456"));
        layout->addWidget(pin);
        page->hide();
        new QVBoxLayout(&window);
        window.layout()->addWidget(page);
        window.resize(600, 400);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            qFatal("window not exposed");
        }
        QApplication::setActiveWindow(&window);
        narrator.watch(window);
    }

    // Lets the narrator handle what the last step caused (it speaks once the event is handled).
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
        }
    }

    RecordingSpeechOutput voice;
    bt::app::Session session{{QStringLiteral("de"), {}}};
    bt::app::Narrator narrator{voice, session};
    QWidget window;
    QWidget* page = new QWidget(&window);
    QPushButton* next = new QPushButton(page);
    QLineEdit* name = new QLineEdit(page);
    QLineEdit* pin = new QLineEdit(page);
};

} // namespace

class tst_Narrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentUntilSwitchedOn()
    {
        Stage stage;
        stage.page->show();
        stage.next->setFocus();
        Stage::settle();
        QCOMPARE(stage.voice.said.size(), std::size_t(0));

        // Switched on, it says where the citizen is; the same steps as above are then heard after
        // the same settling.
        stage.session.setSpeech(speaking);
        Stage::settle();
        QCOMPARE(stage.voice.said.size(), std::size_t(1));
        QCOMPARE(stage.voice.last(), QStringLiteral("Weiter & fertig, button"));
        stage.page->hide();
        stage.page->show();
        stage.name->setFocus();
        Stage::settle();
        QCOMPARE(stage.voice.said.size(), std::size_t(2));
        QVERIFY(stage.voice.last().startsWith(QStringLiteral("Hundesteuer anmelden")));
    }

    void saysThePageAsItAppearsThenTheFocusedElement()
    {
        Stage stage;
        stage.session.setSpeech(speaking);
        stage.page->show();
        stage.next->setFocus();
        Stage::settle();
        QCOMPARE(stage.voice.said.size(), std::size_t(1));
        const QString said = stage.voice.last();
        QVERIFY2(said.startsWith(QStringLiteral("Hundesteuer anmelden\nSie brauchen Ihren Ausweis.")),
                 qPrintable(said));
        QVERIFY2(said.endsWith(QStringLiteral("\nWeiter & fertig, button")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("Pfeil")), "a button's own label is said with the button");
        QCOMPARE(stage.voice.said.back().language.language(), QLocale::German);
    }

    void aFieldIsSaidWithItsValueAndAPinAsStars()
    {
        Stage stage;
        stage.session.setSpeech(speaking);
        stage.page->show();
        Stage::settle();
        stage.name->setFocus();
        Stage::settle();
        QCOMPARE(stage.voice.last(), QStringLiteral("Familienname, text field, Quast"));
        stage.pin->setFocus();
        Stage::settle();
        QCOMPARE(stage.voice.last(), QStringLiteral("PIN, text field, stars: 6"));
        for (const auto& said : stage.voice.said) {
            QVERIFY2(!said.text.contains(QStringLiteral("123456")), "a PIN is never spoken");
        }
    }

    void speaksTheSessionsLanguage()
    {
        Stage stage;
        stage.session.setSpeech(speaking);
        stage.session.setLanguage(QStringLiteral("uk"));
        stage.next->setFocus();
        stage.page->show();
        Stage::settle();
        QVERIFY(!stage.voice.said.empty());
        QCOMPARE(stage.voice.said.back().language.language(), QLocale::Ukrainian);
    }

    void repeatAndPause()
    {
        Stage stage;
        stage.session.setSpeech(speaking);
        stage.page->show();
        stage.name->setFocus();
        Stage::settle();
        QCOMPARE(stage.voice.said.size(), std::size_t(1));
        stage.narrator.repeat();
        QCOMPARE(stage.voice.said.size(), std::size_t(2));
        QCOMPARE(stage.voice.said[1].text, stage.voice.said[0].text);
        stage.narrator.togglePause();
        QCOMPARE(stage.voice.pauses, 1);
        stage.narrator.togglePause();
        QCOMPARE(stage.voice.resumes, 1);
    }

    void volumeAndPaceFollowTheChoice()
    {
        Stage stage;
        stage.session.setSpeech({true, 5, 1});
        QCOMPARE(stage.voice.volume, 1.0);
        QCOMPARE(stage.voice.rate, -0.5);
        stage.session.setSpeech({true, 1, 5});
        QCOMPARE(stage.voice.volume, 0.2);
        QCOMPARE(stage.voice.rate, 0.5);
    }

    // What was said may hold the citizen's answers: the voice stops, and nothing can be repeated
    // for the next citizen.
    void theEndOfTheSessionStopsAndForgets()
    {
        Stage stage;
        stage.session.setSpeech(speaking);
        stage.page->show();
        stage.name->setFocus();
        Stage::settle();
        QVERIFY(stage.voice.last().contains(QStringLiteral("Quast")));
        const int stopsBefore = stage.voice.stops;
        stage.session.wipe();
        QVERIFY(stage.voice.stops > stopsBefore);
        QVERIFY2(!stage.session.speech().on, "the next citizen starts without speech, as the terminal is set");
        stage.name->clearFocus(); // the next citizen has touched nothing yet
        stage.session.setSpeech(speaking);
        Stage::settle();
        const std::size_t saidBefore = stage.voice.said.size();
        stage.narrator.repeat();
        QCOMPARE(stage.voice.said.size(), saidBefore);
    }
};

QTEST_MAIN(tst_Narrator)
#include "tst_Narrator.moc"
