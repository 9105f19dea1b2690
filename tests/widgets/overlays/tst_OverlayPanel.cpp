// OverlayPanel: the modal layer under every overlay of the terminal (countdown, start over,
// reading aids, help, draft saved). What a citizen relies on: while it is open it covers the
// whole window and nothing beneath takes a touch (nor, with a real keyboard, a key: an expected
// failure today, see keyboardStaysInTheOverlay); it says when it opens and closes; its card fits
// the screen in either orientation. Overlays have no Escape of their own: the kiosk swallows
// the key (KioskLockdown, tested in tests/app/shell).
#include "HostWindow.h"
#include "OverlayPanel.h"

#include <QApplication>
#include <QFrame>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using bt::test::HostWindow;
using bt::widgets::OverlayPanel;

namespace {

QFrame* cardOf(const OverlayPanel& overlay)
{
    for (auto* frame : overlay.findChildren<QFrame*>()) {
        if (frame->property("role").toString() == u"card") {
            return frame;
        }
    }
    return nullptr;
}

// An overlay as the terminal's are built: something to press on its card.
class PanelWithButton : public OverlayPanel
{
public:
    explicit PanelWithButton(QWidget* parent)
        : OverlayPanel(parent)
    {
        cardLayout()->addWidget(new QPushButton(QStringLiteral("OK"), card()));
    }
};

} // namespace

class tst_OverlayPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closedUntilOpened()
    {
        HostWindow host;
        auto* overlay = new OverlayPanel(&host.window);
        QVERIFY(!overlay->isOpen());
        QVERIFY(!overlay->isVisible());
    }

    // Also over what was put on the window after it (a screen created later, the keyboard dock).
    void openCoversTheWholeWindowAndSaysSo()
    {
        HostWindow host;
        auto* overlay = new OverlayPanel(&host.window);
        auto* later = new QPushButton(QStringLiteral("Später"), &host.window);
        later->setGeometry(400, 40, 320, 96);
        later->show();
        QSignalSpy opened(overlay, &OverlayPanel::opened);
        overlay->open();
        QVERIFY(overlay->isOpen());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(overlay->geometry(), host.window.rect());
        for (const QPushButton* covered : {host.beneath, later}) {
            QWidget* top = host.window.childAt(covered->geometry().center());
            QVERIFY2(top == overlay || overlay->isAncestorOf(top), qPrintable(covered->text()));
        }
    }

    void touchesBeneathDoNotGetThroughWhileOpen()
    {
        HostWindow host;
        auto* overlay = new OverlayPanel(&host.window);
        QSignalSpy clicked(host.beneath, &QPushButton::clicked);
        overlay->open();
        host.touch(host.beneath);
        QCOMPARE(clicked.count(), 0);
        overlay->close();
        host.touch(host.beneath);
        QCOMPARE(clicked.count(), 1);
    }

    // closed() tells the window the citizen is back on the screen; it must come once per close,
    // and not at all for an overlay that was not open (the window closes all on a wipe).
    void closeSaysSoOncePerOpen()
    {
        HostWindow host;
        auto* overlay = new OverlayPanel(&host.window);
        QSignalSpy closed(overlay, &OverlayPanel::closed);
        overlay->close();
        QCOMPARE(closed.count(), 0);
        overlay->open();
        overlay->close();
        QVERIFY(!overlay->isOpen());
        QCOMPARE(closed.count(), 1);
        overlay->close();
        QCOMPARE(closed.count(), 1);
    }

    // Terminals with a real keyboard ([display] on_screen_keyboard = false): while an overlay is
    // open the keyboard must not reach what lies beneath either. The focus goes into the card,
    // Tab keeps it there, and it returns where it was when the overlay closes.
    void keyboardStaysInTheOverlay()
    {
        HostWindow host;
        auto* overlay = new PanelWithButton(&host.window);
        host.beneath->setFocus();
        QTRY_VERIFY(host.beneath->hasFocus());
        overlay->open();
        // Measured: the focus stays on the button beneath, Tab goes back and forth between it and
        // the card's button, and Space on it clicks it under the open overlay.
        QEXPECT_FAIL("", "OverlayPanel leaves the keyboard focus beneath it", Abort);
        QVERIFY(overlay->isAncestorOf(QApplication::focusWidget()));
        for (int tab = 0; tab < 3; ++tab) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY(overlay->isAncestorOf(QApplication::focusWidget()));
        }
        overlay->close();
        QCOMPARE(QApplication::focusWidget(), host.beneath);
    }

    // The card keeps a margin to the window's edges and is centred, in landscape and portrait,
    // also when the window turns while the overlay is open.
    void cardFitsTheWindowInEitherOrientation()
    {
        HostWindow host({1920, 1080});
        auto* overlay = new OverlayPanel(&host.window);
        overlay->open();
        for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920), QSize(800, 1280)}) {
            host.window.resize(size);
            QCoreApplication::processEvents();
            QCOMPARE(overlay->geometry(), host.window.rect());
            const QFrame* card = cardOf(*overlay);
            QVERIFY(card);
            const QRect shown(card->mapTo(&host.window, QPoint()), card->size());
            const QString where = QStringLiteral("card %1,%2 %3×%4 in %5×%6")
                                      .arg(shown.x())
                                      .arg(shown.y())
                                      .arg(shown.width())
                                      .arg(shown.height())
                                      .arg(size.width())
                                      .arg(size.height());
            QVERIFY2(shown.left() >= 40 && shown.right() <= size.width() - 40, qPrintable(where));
            QVERIFY2(qAbs(shown.left() - (size.width() - 1 - shown.right())) <= 1, qPrintable(where));
        }
    }
};

QTEST_MAIN(tst_OverlayPanel)
#include "tst_OverlayPanel.moc"
