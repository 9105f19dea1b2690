// Taps go through the window, as the touch screen's do: the widget under the point gets them.
// (QTest's mouse functions are compiled per file; this is the file that taps.)
#define QTEST_QPA_MOUSE_HANDLING

#include "TouchCitizen.h"

#include "DateTimeEditor.h"
#include "FieldEditor.h"
#include "FormScreen.h"
#include "NumberPad.h"
#include "OnScreen.h"
#include "OnScreenKeyboard.h"
#include "ServiceScreen.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QTest>

namespace bt::test {

using bt::app::JourneyStep;

TouchCitizen::TouchCitizen() = default;
TouchCitizen::~TouchCitizen() = default;

void TouchCitizen::walkUp()
{
    m_terminal = std::make_unique<TerminalFixture>();
    m_terminal->startJourney();
    QApplication::setActiveWindow(&window());
}

void TouchCitizen::startForm(const QString& serviceKey, const QString& language, bt::widgets::ThemeSettings theme)
{
    walkUp();
    QVERIFY(QTest::qWaitForWindowActive(&window()));
    m_terminal->session.setLanguage(language);
    m_terminal->session.setTheme(theme);
    m_terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::High);
    m_terminal->workflows.journey.chooseService(serviceKey);
    TerminalFixture::settle();
    QCOMPARE(m_terminal->journey.step(), JourneyStep::ServicePage);
    TOUCH(tap(m_terminal->serviceScreen()->startButton()));
    QCOMPARE(m_terminal->journey.step(), JourneyStep::Form);
}

// A finger can only touch what is on the screen, so a scrolling page is scrolled to the widget
// first; and the point must really be that widget's, not a keyboard's or a header's over it.
void TouchCitizen::tap(QWidget* target, QPoint at, Hold hold)
{
    QVERIFY2(target, "nothing to tap");
    if (at.isNull()) {
        at = target->rect().center();
    }
    if (auto* page = nearest<QScrollArea>(target)) {
        page->ensureWidgetVisible(target, 16, 16);
        // A widget taller than the page (a list) is centred: the point itself must be shown.
        const QPoint point = target->mapTo(page->widget(), at);
        page->ensureVisible(point.x(), point.y(), 16, 48);
        TerminalFixture::settle();
    }
    QVERIFY2(target->isVisible(), qPrintable(QStringLiteral("not visible: ") + describe(target)));
    QWidget* hit = window().childAt(target->mapTo(&window(), at));
    QVERIFY2(inside(target, hit),
             qPrintable(QStringLiteral("%1 is covered by %2").arg(describe(target), describe(hit))));
    QTest::mousePress(target, Qt::LeftButton, {}, at);
    if (auto* page = nearest<QScrollArea>(target); page && hold == Hold::Long) {
        const QVariant delay = QScroller::scroller(page->viewport())
                                   ->scrollerProperties()
                                   .scrollMetric(QScrollerProperties::MousePressEventDelay);
        QTest::qWait(int(delay.toReal() * 1000) + 100);
    }
    QTest::mouseRelease(target, Qt::LeftButton, {}, at);
    TerminalFixture::settle();
    ++m_taps;
}

void TouchCitizen::typeOnKeyboard(const QString& text)
{
    QVERIFY(keyboard());
    QTRY_VERIFY2(keyboard()->isVisible(), "the keyboard did not come up for a text field");
    for (const QChar character : text) {
        if (character == u' ') {
            TOUCH(tap(keyboard()->spaceKey()));
            continue;
        }
        QPushButton* key = keyboard()->keyFor(QString(character));
        QVERIFY2(key, qPrintable(QStringLiteral("no key for \"%1\"").arg(character)));
        if (character.isUpper()) {
            TOUCH(tap(keyboard()->shiftKey()));
            QVERIFY(keyboard()->isShifted());
        }
        TOUCH(tap(key));
    }
}

void TouchCitizen::pressPadKey(bt::forms::FieldEditor* editor, QPushButton* key)
{
    QVERIFY(key);
    QVERIFY2(inside(editor, QApplication::focusWidget()),
             qPrintable(QStringLiteral("typing into %1 with the focus in %2")
                            .arg(editor->field().label, describe(QApplication::focusWidget()))));
    TOUCH(tap(key));
}

void TouchCitizen::typeOnPad(bt::forms::FieldEditor* editor, const QString& keys)
{
    QTRY_VERIFY2(editor->numberPad() && editor->numberPad()->isVisible(),
                 qPrintable(QStringLiteral("no number pad under ") + editor->field().label));
    // Digits come from the pad; the letter keyboard stays away and keeps the page large.
    QTRY_VERIFY(!keyboard()->isVisible());
    for (const QChar key : keys) {
        TOUCH(pressPadKey(editor, editor->numberPad()->keyFor(QString(key))));
    }
}

void TouchCitizen::clearDate(bt::forms::DateTimeEditor* editor)
{
    QLineEdit* year = editor->segments().back();
    // At the right end of the digits, where a finger puts the cursor to delete.
    TOUCH(tap(year, QPoint(year->width() - 6, year->height() / 2)));
    int digits = 0;
    for (QLineEdit* segment : editor->segments()) {
        digits += int(segment->text().size());
    }
    QTRY_VERIFY(editor->numberPad() && editor->numberPad()->isVisible());
    for (int i = 0; i < digits; ++i) {
        TOUCH(pressPadKey(editor, editor->numberPad()->deleteKey()));
    }
    QCOMPARE(editor->value(), QString());
    QVERIFY(editor->segments().front()->hasFocus());
}

} // namespace bt::test
