// After the wipe, the terminal's process holds nothing of the citizen: not in live objects, not
// in freed heap blocks, not in stale stack frames of any thread. A child process plays one
// citizen (journey_player); this test reads the child's memory through /proc before and after
// the wipe and looks for the citizen's name and birth date in UTF-8 and UTF-16.
#include "ProcessMemoryScan.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

using bt::test::describeOccurrences;
using bt::test::MemoryOccurrence;
using bt::test::MemoryScanResult;
using bt::test::occurrencesOf;
using bt::test::scanProcessMemory;

namespace {

// Made up, and found nowhere in the repository's data (so nothing shipped brings them along).
// The date as the form's fields take it, and as the answers and the submission keep it.
const QString familyName = QStringLiteral("Wendelgrimm");
const QString givenName = QStringLiteral("Ottilie");
const QString birthDate = QStringLiteral("23.11.1937");
const QString birthDateIso = QStringLiteral("1937-11-23");

constexpr int startLimit = 120000; // ms: start, search index, the journey, sealing the draft (scrypt)
constexpr int wipeLimit = 30000;


// The child's stdout, line by line, with a time limit on each.
bool waitForLine(QProcess& child, const QByteArray& expected, int limit)
{
    const QDeadlineTimer deadline(limit);
    while (!child.canReadLine()) {
        if (child.state() != QProcess::Running || !child.waitForReadyRead(int(deadline.remainingTime()))) {
            return false;
        }
    }
    return child.readLine().trimmed() == expected;
}

} // namespace

class tst_MemoryAfterWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingOfTheCitizenIsLeftAfterTheWipe()
    {
        QProcess child;
        child.setProgram(QStringLiteral(BT_JOURNEY_PLAYER));
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        child.setProcessEnvironment(environment);
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        child.write((familyName + u'\n' + givenName + u'\n' + birthDate + u'\n').toUtf8());
        QVERIFY(child.waitForBytesWritten(wipeLimit));
        QVERIFY2(waitForLine(child, "typed", startLimit), "the citizen's journey did not get to the saved draft");

        const QStringList texts{familyName, givenName, birthDate, birthDateIso};
        // The scan must see the citizen while the session runs, or it proves nothing afterwards.
        const MemoryScanResult during = scanProcessMemory(child.processId(), texts);
        QVERIFY2(during.error.isEmpty(), qPrintable(during.error));
        for (const QString& text : texts) {
            QVERIFY2(occurrencesOf(during, text) > 0,
                     qPrintable(QStringLiteral("\"%1\" not found during the session; scanned %2 MiB in %3 mappings")
                                    .arg(text)
                                    .arg(during.bytesScanned >> 20)
                                    .arg(during.regionsScanned)));
        }
        qInfo().noquote() << "during the session, in" << (during.bytesScanned >> 20) << "MiB:\n"
                          << describeOccurrences(during.occurrences, false);

        child.write("wipe\n");
        QVERIFY(child.waitForBytesWritten(wipeLimit));
        QVERIFY2(waitForLine(child, "wiped", wipeLimit), "the child did not finish the wipe");
        const MemoryScanResult after = scanProcessMemory(child.processId(), texts);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QVERIFY2(after.bytesScanned > 0, "nothing of the child could be read");
        // The bytes around each one tell what holds it: the structure of a string, a document,
        // a freed block's list pointers.
        QVERIFY2(after.occurrences.empty(),
                 qPrintable(QStringLiteral("after the wipe:\n") + describeOccurrences(after.occurrences, true)));

        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(wipeLimit));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_MemoryAfterWipe)
#include "tst_MemoryAfterWipe.moc"
