#include "NumberPad.h"
#include "Theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using bt::widgets::NumberPad;

class tst_NumberPad : public QObject
{
    Q_OBJECT

    // As in the wizard: a page that takes click focus around a field of two inputs (a date's day
    // and month) whose focus proxy is the first one, with the pad under them.
    struct Page
    {
        QWidget window;
        QWidget* field = new QWidget;
        QLineEdit* first = new QLineEdit;
        QLineEdit* second = new QLineEdit;
        NumberPad* pad = new NumberPad;

        Page()
        {
            window.setFocusPolicy(Qt::ClickFocus);
            auto* layout = new QVBoxLayout(&window);
            layout->addWidget(field);
            auto* inner = new QVBoxLayout(field);
            inner->addWidget(first);
            inner->addWidget(second);
            inner->addWidget(pad);
            field->setFocusProxy(first);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window)) {
                qFatal("window not exposed");
            }
            window.activateWindow();
            if (!QTest::qWaitForWindowActive(&window)) {
                qFatal("window not active");
            }
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        bt::widgets::Theme().applyTo(*qApp); // the terminal's look: key sizes come from it
    }

    // A finger's press (a spontaneous mouse event) on a key would hand the focus to the page
    // when the focused input is not the field's focus proxy, and the digit would be lost.
    void keysTypeIntoAnInputThatIsNotTheFieldsProxy()
    {
        Page page;
        page.second->setFocus();
        QTRY_VERIFY(page.second->hasFocus());
        QTest::mouseClick(page.pad->keyFor(QStringLiteral("4")), Qt::LeftButton);
        QVERIFY2(page.second->hasFocus(),
                 QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing");
        QTest::mouseClick(page.pad->keyFor(QStringLiteral("2")), Qt::LeftButton);
        QCOMPARE(page.second->text(), QStringLiteral("42"));
        QTest::mouseClick(page.pad->deleteKey(), Qt::LeftButton);
        QCOMPARE(page.second->text(), QStringLiteral("4"));
        QVERIFY(page.second->hasFocus());
        QCOMPARE(page.first->text(), QString());
        // And the first input, the proxy, as before.
        page.first->setFocus();
        QTest::mouseClick(page.pad->keyFor(QStringLiteral("7")), Qt::LeftButton);
        QVERIFY(page.first->hasFocus());
        QCOMPARE(page.first->text(), QStringLiteral("7"));
    }

    void keysNeverTakeTheFocus()
    {
        NumberPad pad;
        const QList<QPushButton*> keys = pad.findChildren<QPushButton*>();
        QCOMPARE(keys.size(), 12);
        for (QPushButton* key : keys) {
            QCOMPARE(key->focusPolicy(), Qt::NoFocus);
        }
        QCOMPARE(pad.focusPolicy(), Qt::NoFocus);
    }

    // The keys get their size from the theme's rule, not from a style sheet each (parsed for
    // every key whenever a field first shows its pad), and grow with the text size.
    void keySizeComesFromTheTheme()
    {
        QList<int> heights;
        for (const auto size : {bt::widgets::TextSize::Normal, bt::widgets::TextSize::ExtraLarge}) {
            const bt::widgets::Theme theme({size, bt::widgets::Contrast::Standard});
            theme.applyTo(*qApp);
            NumberPad pad;
            pad.ensurePolished();
            for (QPushButton* key : pad.findChildren<QPushButton*>()) {
                QVERIFY(key->styleSheet().isEmpty());
                key->ensurePolished();
                // The rule's minimum is the content's; border and padding come on top.
                QVERIFY2(key->minimumWidth() >= theme.numberPadKeySize().width() &&
                             key->minimumHeight() >= theme.numberPadKeySize().height(),
                         qPrintable(key->objectName()));
            }
            heights << pad.keyFor(QStringLiteral("5"))->minimumHeight();
        }
        QVERIFY(heights[1] > heights[0]);
        bt::widgets::Theme().applyTo(*qApp);
    }
};

QTEST_MAIN(tst_NumberPad)
#include "tst_NumberPad.moc"
