// Every shipped form filled the way a citizen fills it at the terminal: from "Jetzt beginnen" to
// "Bitte prüfen Sie Ihre Angaben" with taps on the real widgets only. Letters come from the
// terminal's on-screen keyboard, digits from the big number pad, yes/no and choices from their
// tiles, long lists through their filter line; repeated parts are added and removed with their
// buttons. No editor's setValue(): a field a finger cannot reach or fill fails here.
// Along the way it checks what a citizen is told (the error under a wrong field, the summary
// after "Weiter", where the focus goes) and that the review shows what was typed, and saves every
// step and the review as PNG (BT_TEST_OUTPUT_DIR/wizard-screens) for people to look at.
// Every check here must pass: a failure is a bug of the terminal a citizen would meet.
#include "FieldEditor.h"
#include "FormByTouch.h"
#include "FormInProgress.h"
#include "FormScreen.h"
#include "OnScreen.h"
#include "ReviewScreen.h"
#include "StepView.h"
#include "TouchCitizen.h"
#include "TouchScenarioMain.h"
#include "WizardScreens.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTest>

using bt::app::JourneyStep;
using bt::test::CitizenTexts;
using bt::test::FormByTouch;
using bt::test::Given;
using bt::test::TouchCitizen;

class tst_ShippedFormsByTouch : public QObject
{
    Q_OBJECT

    bt::test::WizardScreens m_screens{QStringLiteral(BT_TEST_OUTPUT_DIR "/wizard-screens")};

    // The review lists what was typed, in the citizen's words, under the step it belongs to.
    static void checkReview(const TouchCitizen& citizen, const FormByTouch& filling, const CitizenTexts& texts)
    {
        QCOMPARE(citizen.terminal().journey.step(), JourneyStep::Review);
        bt::app::ReviewScreen* review = citizen.terminal().reviewScreen();
        QStringList titles;
        for (auto* label : review->findChildren<QLabel*>()) {
            titles << label->text();
        }
        QVERIFY(titles.contains(texts.reviewTitle));
        for (const Given& given : filling.given()) {
            const QString line =
                QStringLiteral("<b>%1</b>: %2").arg(given.label.toHtmlEscaped(), given.shown.toHtmlEscaped());
            QVERIFY2(review->stepText(given.step).contains(line),
                     qPrintable(QStringLiteral("step %1 lacks %2 in: %3")
                                    .arg(given.step + 1)
                                    .arg(line, review->stepText(given.step))));
        }
        for (const Given& kept : filling.keptSecond()) {
            const QString heading = QStringLiteral("<i>%1 %2</i>").arg(kept.label.toHtmlEscaped(), kept.shown);
            QVERIFY2(review->stepText(kept.step).contains(heading), qPrintable(review->stepText(kept.step)));
        }
    }

private Q_SLOTS:
    void initTestCase() { m_screens.prepare(); }

    void fillEveryShippedFormByTouch_data()
    {
        QTest::addColumn<QString>("serviceKey");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("textSize");
        QTest::addColumn<int>("contrast");
        // Yes/no questions answered "Ja" (the others "Nein").
        QTest::addColumn<QStringList>("yes");
        // Questions whose answer must show more questions.
        QTest::addColumn<QStringList>("reveals");
        // Questions that those answers bring up, on the same step or a later one.
        QTest::addColumn<QStringList>("mustAsk");
        // Repeated parts, in form order: an entry added and removed in each.
        QTest::addColumn<QStringList>("repeated");
        const int normal = int(bt::widgets::TextSize::Normal);
        const int standard = int(bt::widgets::Contrast::Standard);
        const auto ids = [](std::initializer_list<const char*> list) {
            QStringList made;
            for (const char* id : list) {
                made << QString::fromLatin1(id);
            }
            return made;
        };
        QTest::newRow("sperrmuell-de") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("de") << normal
                                       << standard << QStringList() << ids({"F99000501"}) << ids({"F99000502"})
                                       << ids({"G99000051"});
        QTest::newRow("meldebescheinigung-de")
            << QStringLiteral("99115003012000") << QStringLiteral("de") << normal << standard << QStringList()
            << QStringList() << QStringList() << QStringList();
        // (The authority's address is in the step after the question that asks for it.)
        QTest::newRow("fuehrungszeugnis-de") << QStringLiteral("99049001001000") << QStringLiteral("de") << normal
                                             << standard << ids({"F99000301", "F99000304"}) << ids({"F99000301"})
                                             << ids({"F99000302", "F99000311"}) << QStringList();
        QTest::newRow("bewohnerparkausweis-de")
            << QStringLiteral("99108001001000") << QStringLiteral("de") << normal << standard << QStringList()
            << ids({"F99000402"}) << ids({"F99000403"}) << QStringList();
        QTest::newRow("hundesteuer-de") << QStringLiteral("99102013104000") << QStringLiteral("de") << normal
                                        << standard << ids({"F99000211", "F99000221"})
                                        << ids({"F99000211", "F99000221"}) << ids({"F99000212", "F99000223"})
                                        << ids({"G99000020"});
        QTest::newRow("gewerbeanmeldung-de")
            << QStringLiteral("99050012104000") << QStringLiteral("de") << normal << standard << ids({"F99000603"})
            << ids({"F99000603", "F99000611"}) << ids({"F99000604", "F99000612"}) << QStringList();
        QTest::newRow("blaue-karte-de") << QStringLiteral("local:blaue-karte-eu") << QStringLiteral("de") << normal
                                        << standard << ids({"F00001027", "F00001041"})
                                        << ids({"F00001027", "F00001041"}) << ids({"F00001028", "F00001042"})
                                        << ids({"F00000087", "F00000087", "G00000015"});
        // One form in English, with extra-large text and with high contrast.
        QTest::newRow("sperrmuell-en") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("en") << normal
                                       << standard << QStringList() << ids({"F99000501"}) << ids({"F99000502"})
                                       << ids({"G99000051"});
        QTest::newRow("sperrmuell-xl") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("de")
                                       << int(bt::widgets::TextSize::ExtraLarge) << standard << QStringList()
                                       << ids({"F99000501"}) << ids({"F99000502"}) << ids({"G99000051"});
        QTest::newRow("sperrmuell-high") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("de")
                                         << normal << int(bt::widgets::Contrast::High) << QStringList()
                                         << ids({"F99000501"}) << ids({"F99000502"}) << ids({"G99000051"});
    }

    void fillEveryShippedFormByTouch()
    {
        QFETCH(QString, serviceKey);
        QFETCH(QString, language);
        QFETCH(int, textSize);
        QFETCH(int, contrast);
        QFETCH(QStringList, yes);
        QFETCH(QStringList, reveals);
        QFETCH(QStringList, mustAsk);
        QFETCH(QStringList, repeated);
        QSet<QString> asked;
        QElapsedTimer took;
        took.start();
        const CitizenTexts texts = CitizenTexts::in(language);
        m_screens.setPrefix(QString::fromLatin1(QTest::currentDataTag()) + u'-');

        TouchCitizen citizen;
        TOUCH(citizen.startForm(
            serviceKey, language, {bt::widgets::TextSize(textSize), bt::widgets::Contrast(contrast)}));
        FormByTouch filling(citizen, m_screens, texts, yes, reveals);
        const int steps = citizen.form().form().plan().size();
        QVERIFY(steps > 1);

        TOUCH(m_screens.saveWindow(citizen.window(), QStringLiteral("step01")));
        TOUCH(filling.checkEmptyStepRefused());
        for (int step = 0; step < steps; ++step) {
            QCOMPARE(citizen.form().form().currentStep(), step);
            if (step > 0) {
                TOUCH(m_screens.saveWindow(citizen.window(),
                                           QStringLiteral("step%1").arg(step + 1, 2, 10, QLatin1Char('0'))));
            }
            TOUCH(filling.answerShownQuestions());
            TOUCH(filling.addAndRemoveEntries());
            TOUCH(filling.answerShownQuestions());
            TOUCH(filling.checkWrongDateReported());
            const QList<bt::forms::FieldEditor*> shown = bt::test::shownEditors(citizen.form().stepView());
            for (bt::forms::FieldEditor* editor : shown) {
                asked << editor->field().id;
            }
            QVERIFY2(!shown.isEmpty(), qPrintable(QStringLiteral("step %1 asks nothing").arg(step + 1)));
            // The whole step as answered, not only the part on the screen.
            TOUCH(m_screens.save(citizen.form().stepView()->grab().toImage(),
                                 QStringLiteral("step%1-answered").arg(step + 1, 2, 10, QLatin1Char('0'))));
            TOUCH(filling.finishStep());
        }
        QVERIFY2(filling.wrongDateTried(), "the form has no date to get wrong");
        QCOMPARE(filling.repeated(), repeated);
        // The questions that follow from an answer were asked on one of the steps.
        for (const QString& id : std::as_const(mustAsk)) {
            QVERIFY2(asked.contains(id), qPrintable(id));
        }

        TOUCH(checkReview(citizen, filling, texts));
        bt::app::ReviewScreen* review = citizen.terminal().reviewScreen();
        TOUCH(m_screens.saveWindow(citizen.window(), QStringLiteral("review")));
        auto* page = review->findChild<QScrollArea*>();
        QVERIFY(page && page->widget());
        TOUCH(m_screens.save(page->widget()->grab().toImage(), QStringLiteral("review-all")));

        // "Ändern" under the last part leads back to it with everything still there, after a
        // quick tap: the scrolling page holds the press back for its swipe gesture and delivers
        // press and release together, and the switch to the form must not pull the button out
        // from under that delivery (it once crashed the terminal).
        TOUCH(citizen.tap(review->findChild<QPushButton*>(QStringLiteral("changeStep%1").arg(steps - 1)),
                          {},
                          TouchCitizen::Hold::Short));
        QCOMPARE(citizen.terminal().journey.step(), JourneyStep::Form);
        QCOMPARE(citizen.form().form().currentStep(), steps - 1);
        QVERIFY(citizen.form().form().problemsIn(citizen.form().stepView()->content(), QDate::currentDate()).empty());
        qInfo("%s: %d steps, %lld answers, %d taps in %lld ms",
              QTest::currentDataTag(),
              steps,
              qlonglong(filling.given().size()),
              citizen.taps(),
              took.elapsed());
    }
};

BT_TOUCH_SCENARIO_MAIN(tst_ShippedFormsByTouch)
#include "tst_ShippedFormsByTouch.moc"
