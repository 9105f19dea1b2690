// readBoundedFile: what every reader of outside files (configuration, catalog update, schema)
// goes through. Devices, pipes and folders are refused before they are opened, never read.
#include "BoundedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using bt::forms::readBoundedFile;

class tst_BoundedFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString written(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private Q_SLOTS:
    void readsARegularFileUpToTheLimit()
    {
        QString problem;
        const std::optional<QByteArray> bytes =
            readBoundedFile(written(QStringLiteral("ten"), "0123456789"), 10, &problem);
        QVERIFY2(bytes, qPrintable(problem));
        QCOMPARE(*bytes, QByteArray("0123456789"));
    }

    void refusesOneByteMore()
    {
        QString problem;
        QVERIFY(!readBoundedFile(written(QStringLiteral("eleven"), "0123456789X"), 10, &problem));
        QCOMPARE(problem, QStringLiteral("is larger than 10 bytes"));
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        // Endless: read whole, it would take all memory.
        QTest::newRow("/dev/zero") << "/dev/zero"
                                   << "is not a regular file";
        QTest::newRow("/dev/urandom") << "/dev/urandom"
                                      << "is not a regular file";
        QTest::newRow("a folder") << "/tmp"
                                  << "is not a regular file";
        QTest::newRow("missing") << "/nonexistent/terminal.conf"
                                 << "cannot be read: no such file";
        const QString link = m_dir.filePath(QStringLiteral("link-to-zero"));
        QFile::link(QStringLiteral("/dev/zero"), link);
        QTest::newRow("a link to /dev/zero") << link << "is not a regular file";
        // Opened for reading, a FIFO blocks until someone writes into it: this would hang.
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTest::newRow("a FIFO") << fifo << "is not a regular file";
    }

    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        QString why;
        QVERIFY(!readBoundedFile(path, 1024 * 1024, &why));
        QVERIFY2(why.startsWith(problem), qPrintable(why));
    }

    void saysTheLimitInMiB()
    {
        QString problem;
        QVERIFY(
            !readBoundedFile(written(QStringLiteral("big"), QByteArray(1024 * 1024 + 1, 'x')), 1024 * 1024, &problem));
        QCOMPARE(problem, QStringLiteral("is larger than 1 MiB"));
    }
};

QTEST_GUILESS_MAIN(tst_BoundedFile)
#include "tst_BoundedFile.moc"
