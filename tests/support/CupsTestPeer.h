#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace bt::test {

// A real CUPS scheduler of the test's own: `cupsd -f` with its configuration, spool, logs and
// socket in a temporary folder, and cups-pdf queues whose PDFs land in that folder too. Sets
// CUPS_SERVER for this process, so QPrinter (libcups) and lpadmin talk to it and not to any
// system CUPS. cupsd is stopped by its PID; the folder and the cups-pdf instance files it wrote
// to /etc/cups (cups-pdf reads its configuration only there) are removed.
class CupsTestPeer
{
public:
    CupsTestPeer();
    ~CupsTestPeer();
    CupsTestPeer(const CupsTestPeer&) = delete;
    CupsTestPeer& operator=(const CupsTestPeer&) = delete;

    // Empty when cupsd runs, otherwise what is missing or went wrong (the test fails with it).
    [[nodiscard]] QString start();
    // Adds a cups-pdf queue; returns what went wrong, empty on success.
    [[nodiscard]] QString addPdfQueue(const QString& queue);

    // Waits until `count` PDFs are written and the scheduler has no job left; returns their paths.
    [[nodiscard]] QStringList waitForPdfs(int count, int timeoutMs = 30000) const;
    // Removes what the queues printed so far, so a test sees only its own jobs.
    void discardPdfs() const;
    [[nodiscard]] QString outputDir() const;
    [[nodiscard]] QString errorLog() const;

    // The text of a PDF (pdftotext), empty if it cannot be read.
    [[nodiscard]] static QString pdfText(const QString& pdf);
    // The contents of the QR codes on the PDF's first page (pdftoppm, then zbarimg).
    [[nodiscard]] static QStringList pdfQrCodes(const QString& pdf);

private:
    [[nodiscard]] static QString run(const QString& program, const QStringList& arguments, QString* output = nullptr);
    [[nodiscard]] bool idle() const;

    QTemporaryDir m_root;
    QProcess m_cupsd;
    QStringList m_instanceConfigs; // files written into /etc/cups
};

} // namespace bt::test
