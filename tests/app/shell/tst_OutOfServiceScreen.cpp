#include "LanguageManager.h"
#include "OutOfServiceScreen.h"

#include <QLabel>
#include <QTest>

class tst_OutOfServiceScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speaksToCitizensAndStaff()
    {
        bt::app::LanguageManager languages;
        const QString problem = QStringLiteral("/etc/buergerterminal/terminal.conf:7: session.foo: unknown key");
        bt::app::OutOfServiceScreen screen(languages, {problem});
        screen.resize(1920, 1080);
        screen.show();
        QCOMPARE(screen.staffDetails(), problem);
        QStringList texts;
        for (const QLabel* label : screen.findChildren<QLabel*>()) {
            texts.append(label->text());
        }
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Außer Betrieb")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Out of order")), qPrintable(all));
        QVERIFY2(all.contains(problem), qPrintable(all));
    }
};

QTEST_MAIN(tst_OutOfServiceScreen)
#include "tst_OutOfServiceScreen.moc"
