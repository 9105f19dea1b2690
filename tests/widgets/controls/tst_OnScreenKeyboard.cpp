#include "OnScreenKeyboard.h"
#include "Theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using bt::widgets::OnScreenKeyboard;

class tst_OnScreenKeyboard : public QObject
{
    Q_OBJECT

    struct Form
    {
        QWidget window;
        QLineEdit* field = new QLineEdit;
        OnScreenKeyboard* keyboard = new OnScreenKeyboard;

        Form()
        {
            auto* layout = new QVBoxLayout(&window);
            layout->addWidget(field);
            layout->addWidget(keyboard);
            window.resize(1080, 600);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window)) {
                qFatal("window not exposed");
            }
            window.activateWindow();
            field->setFocus();
        }

        void press(const QString& key) const
        {
            QPushButton* button = keyboard->keyFor(key);
            if (!button) {
                qFatal("no key %s", qPrintable(key));
            }
            QTest::mouseClick(button, Qt::LeftButton);
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        bt::widgets::Theme().applyTo(*qApp); // the terminal's look: key sizes come from it
    }

    void typesIntoTheFocusedFieldAndKeepsItsFocus()
    {
        Form form;
        QTRY_VERIFY(form.field->hasFocus());
        for (const QString& key :
             {QStringLiteral("h"), QStringLiteral("u"), QStringLiteral("n"), QStringLiteral("d")}) {
            form.press(key);
        }
        QCOMPARE(form.field->text(), QStringLiteral("hund"));
        QVERIFY(form.field->hasFocus());
    }

    void germanLettersDigitsAndSigns()
    {
        Form form;
        for (const QString& key : {QStringLiteral("ö"),
                                   QStringLiteral("ä"),
                                   QStringLiteral("ü"),
                                   QStringLiteral("ß"),
                                   QStringLiteral("1"),
                                   QStringLiteral("@"),
                                   QStringLiteral("-"),
                                   QStringLiteral(".")}) {
            form.press(key);
        }
        QCOMPARE(form.field->text(), QStringLiteral("öäüß1@-."));
    }

    void shiftCapitalisesTheNextLetterOnly()
    {
        Form form;
        QTest::mouseClick(form.keyboard->shiftKey(), Qt::LeftButton);
        QVERIFY(form.keyboard->isShifted());
        QCOMPARE(form.keyboard->keyFor(QStringLiteral("ü"))->text(), QStringLiteral("Ü"));
        form.press(QStringLiteral("ü"));
        form.press(QStringLiteral("b"));
        QCOMPARE(form.field->text(), QStringLiteral("Üb"));
        QVERIFY(!form.keyboard->isShifted());
        QCOMPARE(form.keyboard->keyFor(QStringLiteral("ü"))->text(), QStringLiteral("ü"));
    }

    void spaceAndDelete()
    {
        Form form;
        form.press(QStringLiteral("a"));
        QTest::mouseClick(form.keyboard->spaceKey(), Qt::LeftButton);
        form.press(QStringLiteral("b"));
        QCOMPARE(form.field->text(), QStringLiteral("a b"));
        QTest::mouseClick(form.keyboard->backspaceKey(), Qt::LeftButton);
        QTest::mouseClick(form.keyboard->backspaceKey(), Qt::LeftButton);
        QCOMPARE(form.field->text(), QStringLiteral("a"));
    }

    void keysNeverTakeTheFocus()
    {
        Form form;
        for (QPushButton* key : form.keyboard->findChildren<QPushButton*>()) {
            QCOMPARE(key->focusPolicy(), Qt::NoFocus);
            QVERIFY2(key->height() >= 64, qPrintable(key->objectName())); // a finger's size
        }
    }

    void doneIsSignalled()
    {
        Form form;
        QSignalSpy done(form.keyboard, &OnScreenKeyboard::doneRequested);
        QTest::mouseClick(form.keyboard->doneKey(), Qt::LeftButton);
        QCOMPARE(done.count(), 1);
    }

    void nothingFocusedNothingTyped()
    {
        Form form;
        form.field->clearFocus();
        QTRY_VERIFY(!form.field->hasFocus());
        form.press(QStringLiteral("x")); // must not crash or type anywhere
        QVERIFY(form.field->text().isEmpty());
    }
};

QTEST_MAIN(tst_OnScreenKeyboard)
#include "tst_OnScreenKeyboard.moc"
