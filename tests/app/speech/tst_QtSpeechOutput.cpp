// The real voice: Qt TextToSpeech through speech-dispatcher and espeak-ng says a German sentence
// into a PulseAudio null sink of this test's own; what the sink heard is recorded and measured
// with sox: long enough, and not silence. Everything this test starts it also stops, by PID.
#include "QtSpeechOutput.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// "RMS     amplitude:     0.158745" and the like from `sox FILE -n stat`.
double statOf(const QString& report, const QString& name)
{
    const QRegularExpression line(
        QRegularExpression::escape(name).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")) +
        QStringLiteral(":\\s+([0-9.]+)"));
    const QRegularExpressionMatch match = line.match(report);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

class tst_QtSpeechOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime; // this test's XDG_RUNTIME_DIR: its own sound server and speech daemon
    QProcess m_pulse;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* needed : {"pulseaudio", "parec", "sox", "speech-dispatcher"}) {
            QVERIFY2(
                !tool(needed).isEmpty(),
                qPrintable(QStringLiteral("%1 is missing (./terminal test installs it)").arg(QLatin1String(needed))));
        }
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pulse.start(tool("pulseaudio"),
                      {QStringLiteral("--daemonize=no"),
                       QStringLiteral("--exit-idle-time=-1"),
                       QStringLiteral("--use-pid-file=no"),
                       QStringLiteral("-n"),
                       QStringLiteral("--load=module-null-sink sink_name=null"),
                       QStringLiteral("--load=module-native-protocol-unix")});
        QVERIFY2(m_pulse.waitForStarted(), qPrintable(m_pulse.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_runtime.filePath(QStringLiteral("pulse/native"))), 15000);
    }

    void cleanupTestCase()
    {
        // speech-dispatcher was started by the speech library for this test's runtime folder.
        QFile pidFile(m_runtime.filePath(QStringLiteral("speech-dispatcher/pid/speech-dispatcher.pid")));
        if (pidFile.open(QIODevice::ReadOnly)) {
            if (const int pid = pidFile.readAll().trimmed().toInt(); pid > 0) {
                ::kill(pid, SIGTERM);
            }
        }
        if (m_pulse.state() != QProcess::NotRunning) {
            m_pulse.terminate();
            if (!m_pulse.waitForFinished(5000)) {
                m_pulse.kill();
                m_pulse.waitForFinished(5000);
            }
        }
    }

    void aGermanSentenceIsHeard()
    {
        const QString recording = m_runtime.filePath(QStringLiteral("spoken.wav"));
        QProcess recorder;
        recorder.start(
            tool("parec"),
            {QStringLiteral("-d"), QStringLiteral("null.monitor"), QStringLiteral("--file-format=wav"), recording});
        QVERIFY2(recorder.waitForStarted(), qPrintable(recorder.errorString()));

        bt::app::QtSpeechOutput voice;
        QSignalSpy opened(&voice, &bt::app::QtSpeechOutput::opened);
        voice.open();
        QVERIFY(opened.wait(15000));
        QVERIFY2(opened.first().at(0).toBool(), "no speech engine (qt6-speech-speechd-plugin)");
        QSignalSpy finished(&voice, &bt::app::QtSpeechOutput::finished);
        voice.setVolume(1.0);
        voice.say(QStringLiteral("Guten Tag. Willkommen im Bürgerbüro."), QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(finished.wait(30000), "the voice did not finish speaking");

        recorder.terminate();
        QVERIFY(recorder.waitForFinished(5000));
        QProcess sox;
        sox.start(tool("sox"), {recording, QStringLiteral("-n"), QStringLiteral("stat")});
        QVERIFY(sox.waitForFinished(15000));
        const QString report = QString::fromLocal8Bit(sox.readAllStandardError());
        const double seconds = statOf(report, QStringLiteral("Length (seconds)"));
        const double rms = statOf(report, QStringLiteral("RMS amplitude"));
        qInfo("recorded %.2f s, RMS amplitude %.4f", seconds, rms);
        QVERIFY2(seconds > 1.0, qPrintable(report));
        QVERIFY2(rms > 0.01, qPrintable(QStringLiteral("silence: ") + report));
    }
};

QTEST_GUILESS_MAIN(tst_QtSpeechOutput)
#include "tst_QtSpeechOutput.moc"
