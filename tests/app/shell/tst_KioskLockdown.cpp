#include "AttractScreen.h"
#include "HomeScreen.h"
#include "TerminalFixture.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>

using bt::app::JourneyStep;
using bt::test::TerminalFixture;

class tst_KioskLockdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kioskWindowIsFramelessAndOnTop()
    {
        TerminalFixture terminal;
        const Qt::WindowFlags flags = terminal.window->windowFlags();
        QVERIFY(flags.testFlag(Qt::FramelessWindowHint));
        QVERIFY(flags.testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(!terminal.window->acceptDrops());
    }

    // Each of these would close, leave or switch away from the window in a desktop session.
    void escapeKeysDoNothing_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
        QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
        QTest::newRow("Alt+Tab") << int(Qt::Key_Tab) << int(Qt::AltModifier);
        QTest::newRow("Super+D") << int(Qt::Key_D) << int(Qt::MetaModifier);
        QTest::newRow("Ctrl+Alt+Backspace") << int(Qt::Key_Backspace) << int(Qt::ControlModifier | Qt::AltModifier);
        QTest::newRow("Ctrl+Alt+T") << int(Qt::Key_T) << int(Qt::ControlModifier | Qt::AltModifier);
        QTest::newRow("F11") << int(Qt::Key_F11) << int(Qt::NoModifier);
        QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }

    void escapeKeysDoNothing()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        TerminalFixture terminal;
        terminal.startJourney();
        QApplication::setActiveWindow(terminal.window.get());
        QVERIFY(QTest::qWaitForWindowActive(terminal.window.get()));
        // A shortcut on the very key: without the lockdown it would fire.
        const QKeySequence sequence{QKeyCombination(Qt::KeyboardModifiers(modifiers), Qt::Key(key))};
        QShortcut shortcut(sequence, terminal.window.get());
        shortcut.setContext(Qt::ApplicationShortcut);
        QSignalSpy fired(&shortcut, &QShortcut::activated);
        const int blockedBefore = terminal.lockdown.blockedCount();
        // (keyClick also presses the modifier keys; the Super key alone is blocked too.)

        QTest::keyClick(terminal.homeScreen(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        TerminalFixture::settle();

        QCOMPARE(fired.count(), 0);
        QVERIFY(terminal.lockdown.blockedCount() > blockedBefore);
        QVERIFY(terminal.window->isVisible());
        QCOMPARE(terminal.journey.step(), JourneyStep::Home);
    }

    // Each would reach what another citizen typed or copied: undone text, the clipboard, a selection.
    void editingKeysReachNothing_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Ctrl+Z (undo)") << int(Qt::Key_Z) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Y (redo)") << int(Qt::Key_Y) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Shift+Z (redo)") << int(Qt::Key_Z) << int(Qt::ControlModifier | Qt::ShiftModifier);
        QTest::newRow("Ctrl+V (paste)") << int(Qt::Key_V) << int(Qt::ControlModifier);
        QTest::newRow("Shift+Insert (paste)") << int(Qt::Key_Insert) << int(Qt::ShiftModifier);
        QTest::newRow("Ctrl+C (copy)") << int(Qt::Key_C) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Insert (copy)") << int(Qt::Key_Insert) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+X (cut)") << int(Qt::Key_X) << int(Qt::ControlModifier);
        QTest::newRow("Shift+Delete (cut)") << int(Qt::Key_Delete) << int(Qt::ShiftModifier);
        QTest::newRow("Ctrl+A (select all)") << int(Qt::Key_A) << int(Qt::ControlModifier);
        QTest::newRow("Paste key") << int(Qt::Key_Paste) << int(Qt::NoModifier);
        QTest::newRow("Undo key") << int(Qt::Key_Undo) << int(Qt::NoModifier);
    }

    void editingKeysReachNothing()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        TerminalFixture terminal;
        terminal.startJourney();
        QApplication::setActiveWindow(terminal.window.get());
        QVERIFY(QTest::qWaitForWindowActive(terminal.window.get()));
        QLineEdit* field = terminal.homeScreen()->searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("Hund"));
        // Half of it selected, and something else on the clipboard.
        field->setSelection(0, 2);
        QGuiApplication::clipboard()->setText(QStringLiteral("Mustermann"));
        const int blockedBefore = terminal.lockdown.blockedCount();

        // (sendKeyEvent with no text: keyClick knows no text for the Paste and Undo keys)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key(key), QString(), Qt::KeyboardModifiers(modifiers));

        QCOMPARE(field->text(), QStringLiteral("Hund"));
        QCOMPARE(field->selectedText(), QStringLiteral("Hu"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Mustermann"));
        QVERIFY(terminal.lockdown.blockedCount() > blockedBefore);
        QGuiApplication::clipboard()->clear();
    }

    // The middle button pastes the X11 selection.
    void middleClickPastesNothing()
    {
        TerminalFixture terminal;
        terminal.startJourney();
        QLineEdit* field = terminal.homeScreen()->searchField();
        const int blockedBefore = terminal.lockdown.blockedCount();
        QTest::mouseClick(field, Qt::MiddleButton);
        QCOMPARE(terminal.lockdown.blockedCount(), blockedBefore + 2); // press and release
        QVERIFY(field->text().isEmpty());
    }

    void ordinaryKeysStillWork()
    {
        TerminalFixture terminal;
        QLineEdit field(terminal.window.get());
        field.show();
        field.setFocus();
        QTest::keyClicks(&field, QStringLiteral("Hund anmelden"));
        QCOMPARE(field.text(), QStringLiteral("Hund anmelden"));
        QTest::keyClick(&field, Qt::Key_Backspace);
        QCOMPARE(field.text(), QStringLiteral("Hund anmelde"));
        QCOMPARE(terminal.lockdown.blockedCount(), 0);
    }

    // Qt makes Alt+Space the mnemonic of "Arbeit & Ruhestand"; in the kiosk it presses nothing.
    // Without the lockdown the same key presses the button (a mnemonic shows the button down at
    // once and clicks it a moment later): the test sees a press when there is one.
    void aTilesAmpersandIsNoShortcut()
    {
        TerminalFixture terminal;
        auto* button = new QPushButton(QStringLiteral("Arbeit & Ruhestand"), terminal.window.get());
        button->show();
        QApplication::setActiveWindow(terminal.window.get());
        QVERIFY(QTest::qWaitForWindowActive(terminal.window.get()));
        QCOMPARE(button->shortcut(), QKeySequence(Qt::AltModifier | Qt::Key_Space));
        const int blockedBefore = terminal.lockdown.blockedCount();
        QTest::keyClick(terminal.window.get(), Qt::Key_Space, Qt::AltModifier);
        QVERIFY(!button->isDown());
        QVERIFY(terminal.lockdown.blockedCount() > blockedBefore);

        qApp->removeEventFilter(&terminal.lockdown);
        QSignalSpy pressed(button, &QPushButton::clicked);
        QTest::keyClick(terminal.window.get(), Qt::Key_Space, Qt::AltModifier);
        qApp->installEventFilter(&terminal.lockdown);
        QVERIFY(button->isDown());
        QTRY_COMPARE(pressed.size(), 1);
    }

    void closingTheKioskWindowIsRefused()
    {
        TerminalFixture terminal;
        QVERIFY(!terminal.window->close());
        QVERIFY(terminal.window->isVisible());
        terminal.window->allowClose(); // what a system shutdown does
        QVERIFY(terminal.window->close());
    }

    void windowedModeCanBeClosed()
    {
        TerminalFixture terminal(bt::app::KioskWindow::Mode::Windowed);
        QVERIFY(!terminal.window->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(terminal.window->close());
    }

    void contextMenusNeverOpen()
    {
        TerminalFixture terminal;
        QWidget* home = terminal.homeScreen();
        home->setContextMenuPolicy(Qt::CustomContextMenu);
        QSignalSpy requested(home, &QWidget::customContextMenuRequested);
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10), home->mapToGlobal(QPoint(10, 10)));
        QApplication::sendEvent(home, &event);
        QCOMPARE(requested.count(), 0);
    }

    void nothingCanBeDroppedIn()
    {
        TerminalFixture terminal;
        QLineEdit field(terminal.window.get()); // a line edit takes dropped text by default
        field.show();
        QMimeData data;
        data.setText(QStringLiteral("dropped"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&field, &enter);
        QVERIFY(!enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&field, &drop);
        QVERIFY(field.text().isEmpty());
    }
};

QTEST_MAIN(tst_KioskLockdown)
#include "tst_KioskLockdown.moc"
