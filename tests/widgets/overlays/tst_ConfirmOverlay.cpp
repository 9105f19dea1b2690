// ConfirmOverlay: one yes/no question ("Abbrechen und neu beginnen?"). The confirming button
// must say so exactly once and only after the overlay is gone; the other only closes it; the
// texts come from the provider whenever the overlay opens or the language changes.
#include "ConfirmOverlay.h"
#include "HostWindow.h"
#include "LanguageSwitch.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using bt::test::HostWindow;
using bt::widgets::ConfirmOverlay;

namespace {

// What the citizen reads on the open overlay.
QStringList shownTexts(const ConfirmOverlay& overlay)
{
    QStringList texts;
    for (const auto* label : overlay.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            texts << label->text();
        }
    }
    for (const auto* button : {overlay.confirmButton(), overlay.dismissButton()}) {
        if (button->isVisible()) {
            texts << button->text();
        }
    }
    return texts;
}

} // namespace

class tst_ConfirmOverlay : public QObject
{
    Q_OBJECT

    // The provider's language, as a screen's tr() would have it.
    bool m_german = true;

    ConfirmOverlay* makeOverlay(QWidget* parent)
    {
        return new ConfirmOverlay(parent, [this] {
            return m_german ? ConfirmOverlay::Texts{QStringLiteral("Abbrechen?"),
                                                    QStringLiteral("Alles wird gelöscht."),
                                                    QStringLiteral("Ja, löschen"),
                                                    QStringLiteral("Nein, weiter")}
                            : ConfirmOverlay::Texts{QStringLiteral("Cancel?"),
                                                    QStringLiteral("Everything will be deleted."),
                                                    QStringLiteral("Yes, delete"),
                                                    QStringLiteral("No, go on")};
        });
    }

private Q_SLOTS:
    void init() { m_german = true; }

    void showsTheQuestionAndBothAnswers()
    {
        HostWindow host;
        ConfirmOverlay* overlay = makeOverlay(&host.window);
        overlay->open();
        const QStringList texts = shownTexts(*overlay);
        for (const QString& expected : {QStringLiteral("Abbrechen?"),
                                        QStringLiteral("Alles wird gelöscht."),
                                        QStringLiteral("Ja, löschen"),
                                        QStringLiteral("Nein, weiter")}) {
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(u'|')));
        }
        QCOMPARE(overlay->confirmButton()->text(), QStringLiteral("Ja, löschen"));
        QCOMPARE(overlay->dismissButton()->text(), QStringLiteral("Nein, weiter"));
    }

    // The window deletes everything on confirmed(); by then the question must be gone, and a
    // second touch must not find it open.
    void confirmClosesThenSaysConfirmedOnce()
    {
        HostWindow host;
        ConfirmOverlay* overlay = makeOverlay(&host.window);
        QSignalSpy closed(overlay, &ConfirmOverlay::closed);
        int confirmed = 0;
        bool openWhenConfirmed = true;
        connect(overlay, &ConfirmOverlay::confirmed, this, [&] {
            ++confirmed;
            openWhenConfirmed = overlay->isOpen();
        });
        overlay->open();
        host.touch(overlay->confirmButton());
        QCOMPARE(confirmed, 1);
        QVERIFY(!openWhenConfirmed);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!overlay->isOpen());
    }

    void dismissOnlyCloses()
    {
        HostWindow host;
        ConfirmOverlay* overlay = makeOverlay(&host.window);
        QSignalSpy confirmed(overlay, &ConfirmOverlay::confirmed);
        QSignalSpy closed(overlay, &ConfirmOverlay::closed);
        overlay->open();
        host.touch(overlay->dismissButton());
        QVERIFY(!overlay->isOpen());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(confirmed.count(), 0);
    }

    // The safe answer is the prominent one (the theme draws "primary" filled in the accent).
    void theSafeAnswerIsTheProminentOne()
    {
        HostWindow host;
        ConfirmOverlay* overlay = makeOverlay(&host.window);
        QCOMPARE(overlay->dismissButton()->property("role").toString(), QStringLiteral("primary"));
        QVERIFY(overlay->confirmButton()->property("role").toString() != u"primary");
    }

    // A language switch while the question is on screen changes its texts at once.
    // On a narrow portrait screen with long answers, they stand one above the other, each whole,
    // the safe one on top; where both fit, side by side.
    void answersStackWhenTheyDoNotFitSideBySide()
    {
        HostWindow host(QSize(720, 1280));
        auto* overlay = new ConfirmOverlay(&host.window, [] {
            return ConfirmOverlay::Texts{QStringLiteral("Abbrechen und neu beginnen?"),
                                         QStringLiteral("Alles, was Sie eingegeben haben, wird gelöscht."),
                                         QStringLiteral("Ja, wirklich alles löschen und von vorn beginnen"),
                                         QStringLiteral("Nein, meine Eingaben bitte behalten")};
        });
        overlay->open();
        QCoreApplication::processEvents();
        for (const QPushButton* button : {overlay->confirmButton(), overlay->dismissButton()}) {
            QVERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(button->text() + QStringLiteral(" is cut off")));
        }
        QVERIFY2(overlay->dismissButton()->y() < overlay->confirmButton()->y(), "the safe answer is on top");

        HostWindow wide;
        auto* roomy = makeOverlay(&wide.window);
        roomy->open();
        QCoreApplication::processEvents();
        QCOMPARE(roomy->dismissButton()->y(), roomy->confirmButton()->y());
    }

    void textsFollowALanguageSwitch()
    {
        HostWindow host;
        ConfirmOverlay* overlay = makeOverlay(&host.window);
        overlay->open();
        m_german = false;
        const bt::test::LanguageSwitch english(QStringLiteral("en"));
        const QStringList texts = shownTexts(*overlay);
        QVERIFY2(texts.contains(QStringLiteral("Cancel?")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Everything will be deleted.")), qPrintable(texts.join(u'|')));
        QCOMPARE(overlay->confirmButton()->text(), QStringLiteral("Yes, delete"));
        QCOMPARE(overlay->dismissButton()->text(), QStringLiteral("No, go on"));
    }

    // Opened after the language changed while it was closed: the texts are the current ones.
    void opensWithTheCurrentTexts()
    {
        HostWindow host;
        ConfirmOverlay* overlay = makeOverlay(&host.window);
        m_german = false;
        overlay->open();
        QCOMPARE(overlay->confirmButton()->text(), QStringLiteral("Yes, delete"));
    }
};

QTEST_MAIN(tst_ConfirmOverlay)
#include "tst_ConfirmOverlay.moc"
