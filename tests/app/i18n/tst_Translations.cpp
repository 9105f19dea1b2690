#include "LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using bt::app::LanguageManager;

namespace {

// Source texts of messages whose translation is unfinished (or that lupdate just added).
QStringList unfinishedMessages(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("<cannot read %1>").arg(tsPath)};
    }
    QStringList unfinished;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            if (type == u"unfinished") {
                unfinished.append(source);
            }
        }
    }
    if (xml.hasError()) {
        unfinished.append(QStringLiteral("<XML error: %1>").arg(xml.errorString()));
    }
    return unfinished;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Runs lupdate on a copy of each shipped .ts file: a tr() text that is new in the sources
    // shows up as unfinished just like an untranslated one.
    void everyShippedLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("code");
        for (const auto& language : LanguageManager::shipped()) {
            QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }

    void everyShippedLanguageIsComplete()
    {
        QFETCH(QString, code);
        const QString shipped = QStringLiteral(BT_TRANSLATIONS_DIR "/buergerterminal_%1.ts").arg(code);
        QVERIFY2(QFile::exists(shipped), qPrintable(shipped));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(shipped).fileName());
        QVERIFY(QFile::copy(shipped, copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments{QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("-no-obsolete"),
                              QStringLiteral("-source-language"),
                              QStringLiteral("en"),
                              QStringLiteral("-target-language"),
                              code};
        if (code == u"en") {
            arguments.append(QStringLiteral("-pluralonly"));
        }
        arguments.append(QString::fromUtf8(BT_LUPDATE_DIRS).split(u'|'));
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(BT_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const QStringList unfinished = unfinishedMessages(copy);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 text(s) not translated in %2 (run the update_translations target, "
                                           "then translate):\n  %3")
                                .arg(unfinished.size())
                                .arg(shipped, unfinished.join(QStringLiteral("\n  ")))));
    }

    void translationsAreBuiltIn()
    {
        LanguageManager languages;
        for (const auto& language : LanguageManager::shipped()) {
            QVERIFY2(languages.setLanguage(language.code), qPrintable(language.code));
        }
        QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
        QCOMPARE(languages.language(), QStringLiteral("en"));
        QCOMPARE(languages.translate(QStringLiteral("de"), "bt::app::AttractScreen", "Please touch the screen"),
                 QStringLiteral("Bitte berühren Sie den Bildschirm"));
        QCOMPARE(
            QCoreApplication::translate("bt::widgets::CountdownOverlay",
                                        "For your privacy, everything you entered will be deleted in %n second(s).",
                                        nullptr,
                                        1),
            QStringLiteral("For your privacy, everything you entered will be deleted in 1 second."));
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(
            QCoreApplication::translate("bt::widgets::CountdownOverlay",
                                        "For your privacy, everything you entered will be deleted in %n second(s).",
                                        nullptr,
                                        5),
            QStringLiteral("Zu Ihrem Schutz wird alles, was Sie eingegeben haben, in 5 Sekunden gelöscht."));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
