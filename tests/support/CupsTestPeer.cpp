#include "CupsTestPeer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace bt::test {

namespace {
const QString cupsPdfConfigDir = QStringLiteral("/etc/cups");

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}
} // namespace

CupsTestPeer::CupsTestPeer()
    : m_root(QDir::tempPath() + QStringLiteral("/bt-cups-XXXXXX"))
{}

CupsTestPeer::~CupsTestPeer()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate(); // SIGTERM to this cupsd's PID only
        if (!m_cupsd.waitForFinished(10000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(5000);
        }
    }
    for (const QString& file : std::as_const(m_instanceConfigs)) {
        QFile::remove(file);
    }
    qunsetenv("CUPS_SERVER");
}

QString CupsTestPeer::start()
{
    for (const char* program : {"cupsd", "lpadmin", "pdftotext", "pdftoppm", "zbarimg"}) {
        const QString name = QString::fromLatin1(program);
        if (QStandardPaths::findExecutable(name).isEmpty() &&
            QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin")}).isEmpty()) {
            return QStringLiteral(
                       "%1 is not installed (packages cups, printer-driver-cups-pdf, poppler-utils, zbar-tools)")
                .arg(name);
        }
    }
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf"))) {
        return QStringLiteral("the cups-pdf backend is not installed (package printer-driver-cups-pdf)");
    }
    if (!m_root.isValid()) {
        return QStringLiteral("no temporary folder");
    }
    const QString root = m_root.path();
    // Filters run as the unprivileged user lp: it must reach the spool and write its temp files.
    QFile::setPermissions(root,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::ExeOther);
    for (const char* sub : {"spool", "log", "cache", "state", "ppd", "tmp", "out"}) {
        QDir(root).mkpath(QString::fromLatin1(sub));
    }
    const auto everyone = QFile::Permissions(0x7777); // rwx for all: lp's filters and cups-pdf write here
    QFile::setPermissions(root + QStringLiteral("/tmp"), everyone);
    QFile::setPermissions(root + QStringLiteral("/out"), everyone);

    const QString socket = root + QStringLiteral("/cups.sock");
    const QByteArray cupsd = QStringLiteral("Listen %1\n"
                                            "LogLevel info\n"
                                            "WebInterface No\n"
                                            "Browsing No\n"
                                            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                                            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n"
                                            "</Policy>\n")
                                 .arg(socket)
                                 .toUtf8();
    const QByteArray files = QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nCacheDir %1/cache\n"
                                            "StateDir %1/state\nTempDir %1/tmp\nAccessLog %1/log/access_log\n"
                                            "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\n"
                                            "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\n")
                                 .arg(root)
                                 .toUtf8();
    if (!writeFile(root + QStringLiteral("/cupsd.conf"), cupsd) ||
        !writeFile(root + QStringLiteral("/cups-files.conf"), files)) {
        return QStringLiteral("cannot write the cupsd configuration");
    }
    m_cupsd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                  {QStringLiteral("-f"),
                   QStringLiteral("-c"),
                   root + QStringLiteral("/cupsd.conf"),
                   QStringLiteral("-s"),
                   root + QStringLiteral("/cups-files.conf")});
    if (!m_cupsd.waitForStarted(5000)) {
        return QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
    }
    qputenv("CUPS_SERVER", socket.toLocal8Bit());
    const QDeadlineTimer deadline(10000);
    while (!idle()) {
        if (deadline.hasExpired() || m_cupsd.state() == QProcess::NotRunning) {
            return QStringLiteral("cupsd does not answer on %1: %2").arg(socket, errorLog());
        }
        QThread::msleep(50);
    }
    return {};
}

QString CupsTestPeer::addPdfQueue(const QString& queue)
{
    // cups-pdf:/<instance> reads /etc/cups/cups-pdf-<instance>.conf: our own, writing into our folder.
    const QString instance = QStringLiteral("bttest%1%2").arg(QCoreApplication::applicationPid()).arg(queue);
    const QString config = QStringLiteral("%1/cups-pdf-%2.conf").arg(cupsPdfConfigDir, instance);
    if (!writeFile(config, QStringLiteral("Out %1\nAnonDirName %1\nLabel 1\n").arg(outputDir()).toUtf8())) {
        return QStringLiteral("cannot write %1 (the test needs root for cups-pdf's configuration)").arg(config);
    }
    m_instanceConfigs.append(config);
    // cups-pdf takes PostScript: Qt's PDF goes through pdftops first. Only the pdftocairo renderer
    // keeps the text's Unicode mapping for pdftotext (Ghostscript and Poppler's pdftops lose it).
    return run(QStringLiteral("lpadmin"),
               {QStringLiteral("-p"),
                queue,
                QStringLiteral("-E"),
                QStringLiteral("-v"),
                QStringLiteral("cups-pdf:/") + instance,
                QStringLiteral("-P"),
                QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
                QStringLiteral("-o"),
                QStringLiteral("pdftops-renderer-default=pdftocairo")});
}

QStringList CupsTestPeer::waitForPdfs(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QStringList pdfs;
    do {
        QCoreApplication::processEvents();
        const QFileInfoList found = QDir(outputDir()).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Time);
        pdfs.clear();
        for (const QFileInfo& file : found) {
            pdfs.append(file.absoluteFilePath());
        }
        if (pdfs.size() >= count && idle()) {
            return pdfs;
        }
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    return pdfs;
}

void CupsTestPeer::discardPdfs() const
{
    for (const QString& pdf : QDir(outputDir()).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
        QFile::remove(outputDir() + u'/' + pdf);
    }
}

QString CupsTestPeer::outputDir() const
{
    return m_root.path() + QStringLiteral("/out");
}

QString CupsTestPeer::errorLog() const
{
    QFile log(m_root.path() + QStringLiteral("/log/error_log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(4000)) : QString();
}

QString CupsTestPeer::pdfText(const QString& pdf)
{
    QString text;
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text).isEmpty() ? text : QString();
}

QStringList CupsTestPeer::pdfQrCodes(const QString& pdf)
{
    const QString prefix = pdf + QStringLiteral("-page");
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"),
              QStringLiteral("300"),
              QStringLiteral("-f"),
              QStringLiteral("1"),
              QStringLiteral("-l"),
              QStringLiteral("1"),
              QStringLiteral("-singlefile"),
              QStringLiteral("-png"),
              pdf,
              prefix})
             .isEmpty()) {
        return {};
    }
    QString codes;
    (void)run(QStringLiteral("zbarimg"),
              {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")},
              &codes);
    QFile::remove(prefix + QStringLiteral(".png"));
    return codes.split(u'\n', Qt::SkipEmptyParts);
}

QString CupsTestPeer::run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        return QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
    }
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
    }
    return {};
}

bool CupsTestPeer::idle() const
{
    // lpstat -o lists the jobs not yet completed; it fails while the scheduler does not answer.
    QString jobs;
    return run(QStringLiteral("lpstat"), {QStringLiteral("-o")}, &jobs).isEmpty() && jobs.trimmed().isEmpty();
}

} // namespace bt::test
