#include "AccessibilityOverlay.h"
#include "FooterBar.h"
#include "HeaderBar.h"
#include "HomeScreen.h"
#include "LanguagePicker.h"
#include "TerminalFixture.h"
#include "TileButton.h"

#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QTest>

using namespace std::chrono_literals;
using bt::test::TerminalFixture;

namespace {

// A known test citizen; none of this may ever reach a log line.
const QString familyName = QStringLiteral("Gabler-Mustermann");
const QString givenName = QStringLiteral("Erika");
const QString birthDate = QStringLiteral("1964-08-12");

QMutex logMutex;
QStringList logLines;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    logLines.append(QString::fromUtf8(context.category) + QStringLiteral(": ") + message);
}

} // namespace

class tst_LogPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        logLines.clear();
        // Everything, debug included: a leak must not hide behind a log level. (Rules from the
        // environment win over these; CMakeLists.txt gives this test an environment that logs all.)
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(captureMessage);
    }

    void cleanup()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
    }

    void aJourneyLogsNothingPersonal()
    {
        {
            TerminalFixture terminal;
            terminal.startJourney();
            terminal.session.setPersonalValue(QStringLiteral("familyName"), familyName);
            terminal.session.setPersonalValue(QStringLiteral("givenName"), givenName);
            terminal.session.setPersonalValue(QStringLiteral("dateOfBirth"), birthDate);
            // Citizens type all sorts of things into the search, their own name too.
            terminal.homeScreen()->searchField()->setText(givenName + u' ' + familyName);
            QTRY_VERIFY(terminal.homeScreen()->isShowingResults());
            terminal.homeScreen()->searchField()->clear();
            terminal.homeScreen()->tileFor(QStringLiteral("familie-kind"))->click();
            QTest::mouseClick(terminal.header()->languagePicker()->buttonFor(QStringLiteral("en")), Qt::LeftButton);
            TerminalFixture::settle();
            QTest::mouseClick(terminal.footer()->backButton(), Qt::LeftButton);
            terminal.clock.advance(terminal.config.idleTimeout + terminal.config.countdown);
            terminal.idleWatcher.poll();
            terminal.idleWatcher.poll();
            QCOMPARE(terminal.journey.step(), bt::app::JourneyStep::Attract);
        }
        const QMutexLocker lock(&logMutex);
        // The journey was logged (steps, wipe) ...
        QVERIFY2(logLines.filter(QStringLiteral("bt.app.journey")).size() >= 4, qPrintable(logLines.join(u'\n')));
        QVERIFY(!logLines.filter(QStringLiteral("wiped")).isEmpty());
        // ... but nothing about the person.
        for (const QString& secret : {familyName, givenName, birthDate}) {
            const QStringList leaks = logLines.filter(secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        }
    }
};

QTEST_MAIN(tst_LogPrivacy)
#include "tst_LogPrivacy.moc"
