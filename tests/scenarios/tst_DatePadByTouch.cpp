// Day, month and year of a date, each typed with a finger on the field's number pad: two
// digits of the day move the focus on to the month by itself, and the pad keeps typing there.
#include "DateTimeEditor.h"
#include "FieldEditor.h"
#include "FormScreen.h"
#include "NumberPad.h"
#include "OnScreen.h"
#include "TouchCitizen.h"
#include "TouchScenarioMain.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using bt::test::describe;
using bt::test::inside;
using bt::test::TouchCitizen;

class tst_DatePadByTouch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datePadTypesMonthAndYear()
    {
        TouchCitizen citizen;
        TOUCH(citizen.startForm(QStringLiteral("99115003012000"), QStringLiteral("de"), {}));
        bt::forms::DateTimeEditor* date = nullptr;
        for (bt::forms::FieldEditor* editor : bt::test::shownEditors(citizen.form().stepView())) {
            date = date ? date : qobject_cast<bt::forms::DateTimeEditor*>(editor);
        }
        QVERIFY(date);
        TOUCH(citizen.tap(date->segments()[0]));
        TOUCH(citizen.tap(date->numberPad()->keyFor(QStringLiteral("3"))));
        TOUCH(citizen.tap(date->numberPad()->keyFor(QStringLiteral("1"))));
        QCOMPARE(date->segments()[0]->text(), QStringLiteral("31"));
        QVERIFY(date->segments()[1]->hasFocus()); // on to the month by itself
        TOUCH(citizen.tap(date->numberPad()->keyFor(QStringLiteral("0"))));
        QVERIFY2(inside(date, QApplication::focusWidget()), qPrintable(describe(QApplication::focusWidget())));
        QCOMPARE(date->segments()[1]->text(), QStringLiteral("0"));
    }
};

BT_TOUCH_SCENARIO_MAIN(tst_DatePadByTouch)
#include "tst_DatePadByTouch.moc"
