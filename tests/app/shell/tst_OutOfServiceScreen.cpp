#include "LanguageManager.h"
#include "OutOfServiceScreen.h"

#include <QLabel>
#include <QTest>

class tst_OutOfServiceScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A calm notice in every language; what is wrong goes to the log (test_command_line.sh), not
    // to the public.
    void tellsCitizensCalmlyInEveryLanguage()
    {
        bt::app::LanguageManager languages;
        bt::app::OutOfServiceScreen screen(languages);
        screen.resize(1920, 1080);
        screen.show();
        QStringList texts;
        for (const QLabel* label : screen.findChildren<QLabel*>()) {
            texts.append(label->text());
        }
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Außer Betrieb")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Out of order")), qPrintable(all));
        QCOMPARE(screen.findChildren<QLabel*>().size(), 1);
    }
};

QTEST_MAIN(tst_OutOfServiceScreen)
#include "tst_OutOfServiceScreen.moc"
