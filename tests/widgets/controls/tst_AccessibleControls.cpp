// The painted controls as a screen reader gets them through QAccessible: tiles and choices by
// their text as painted ("&" included), pressed or toggled through the interface as by a tap;
// the QR code and the status signs as named pictures.
#include "AccessibleControls.h"
#include "ChoiceTile.h"
#include "QrCode.h"
#include "StatusIcon.h"
#include "TextButton.h"
#include "TileButton.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QButtonGroup>
#include <QSignalSpy>
#include <QTest>

namespace {

QAccessibleInterface* readerOf(QWidget* widget)
{
    return QAccessible::queryAccessibleInterface(widget);
}

} // namespace

class tst_AccessibleControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tileIsReadByItsTextWithTheAmpersand()
    {
        bt::widgets::TileButton tile;
        tile.setText(QStringLiteral("Arbeit & Ruhestand"));
        tile.setDetail(QStringLiteral("Rente, Arbeitslosigkeit"));
        QAccessibleInterface* reader = readerOf(&tile);
        QVERIFY(reader);
        QCOMPARE(reader->role(), QAccessible::Button);
        QCOMPARE(reader->text(QAccessible::Name), QStringLiteral("Arbeit & Ruhestand"));
        QCOMPARE(reader->text(QAccessible::Description), QStringLiteral("Rente, Arbeitslosigkeit"));
        // A name set on purpose wins over the painted text.
        tile.setAccessibleName(QStringLiteral("Themenfeld Arbeit & Ruhestand"));
        QCOMPARE(reader->text(QAccessible::Name), QStringLiteral("Themenfeld Arbeit & Ruhestand"));

        bt::widgets::TextButton link(QStringLiteral("Bauen & Wohnen"));
        QCOMPARE(readerOf(&link)->text(QAccessible::Name), QStringLiteral("Bauen & Wohnen"));
    }

    void pressingThroughTheInterfaceIsATap()
    {
        bt::widgets::TileButton tile;
        tile.setText(QStringLiteral("Familie & Kind"));
        QSignalSpy clicked(&tile, &QAbstractButton::clicked);
        QAccessibleActionInterface* actions = readerOf(&tile)->actionInterface();
        QVERIFY(actions);
        QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
        actions->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(clicked.size(), 1);

        tile.setEnabled(false);
        QVERIFY(!actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
        actions->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(clicked.size(), 1);
    }

    void choicesAreOptionsThatToggleAsATapDoes()
    {
        QWidget answers;
        auto* yes = new bt::widgets::ChoiceTile(QStringLiteral("Ja"), &answers);
        auto* no = new bt::widgets::ChoiceTile(QStringLiteral("Nein"), &answers);
        QButtonGroup group;
        group.addButton(yes);
        group.addButton(no);
        QSignalSpy clicked(&group, &QButtonGroup::buttonClicked);
        QAccessibleInterface* reader = readerOf(no);
        QCOMPARE(reader->role(), QAccessible::RadioButton);
        QCOMPARE(reader->text(QAccessible::Name), QStringLiteral("Nein"));
        QVERIFY(reader->state().checkable);
        QVERIFY(!reader->state().checked);

        reader->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(clicked.size(), 1); // what the editors listen for
        QVERIFY(no->isChecked());
        QVERIFY(reader->state().checked);

        // Read-only (an answer from the ID card): shown, read, but not changed.
        yes->setReadOnly(true);
        QAccessibleInterface* locked = readerOf(yes);
        QVERIFY(locked->state().readOnly);
        QVERIFY(!locked->actionInterface()->actionNames().contains(QAccessibleActionInterface::toggleAction()));
        locked->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QVERIFY(!yes->isChecked());
        QCOMPARE(clicked.size(), 1);

        // On their own (no exclusive group) they are check boxes.
        bt::widgets::ChoiceTile alone(QStringLiteral("Ich stimme zu"));
        QCOMPARE(readerOf(&alone)->role(), QAccessible::CheckBox);
    }

    void picturesAreNamedPictures()
    {
        bt::widgets::QrCode code;
        QVERIFY(code.setText(QStringLiteral("https://www.elster.de")));
        QAccessibleInterface* reader = readerOf(&code);
        QCOMPARE(reader->role(), QAccessible::Graphic);
        QVERIFY(reader->text(QAccessible::Name).contains(QStringLiteral("https://www.elster.de")));

        bt::widgets::StatusIcon warning(bt::widgets::StatusIcon::Kind::Warning);
        bt::widgets::StatusIcon locked(bt::widgets::StatusIcon::Kind::Locked);
        QCOMPARE(readerOf(&warning)->role(), QAccessible::Graphic);
        QCOMPARE(readerOf(&warning)->text(QAccessible::Name), QStringLiteral("Warning"));
        QCOMPARE(readerOf(&locked)->text(QAccessible::Name), QStringLiteral("Locked"));
    }

    void aPlainWidgetWindowIsAWindow()
    {
        bt::widgets::installAccessibleControls();
        QWidget window;
        window.setWindowTitle(QStringLiteral("Bürgerterminal"));
        QAccessibleInterface* reader = readerOf(&window);
        QCOMPARE(reader->role(), QAccessible::Window);
        QCOMPARE(reader->text(QAccessible::Name), QStringLiteral("Bürgerterminal"));
        // Inside a window, a plain widget stays what Qt makes of it.
        auto* part = new QWidget(&window);
        QCOMPARE(readerOf(part)->role(), QAccessible::Client);
    }
};

QTEST_MAIN(tst_AccessibleControls)
#include "tst_AccessibleControls.moc"
