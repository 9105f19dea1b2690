// CupsPrinter against a real CUPS: the test's own cupsd with a cups-pdf queue. What reaches the
// PDF is read back (pdftotext, and the QR code with pdftoppm + zbarimg); the painting happens off
// the UI thread; an unknown queue and a job cancelled before it started are reported, not printed.
// Without cupsd, cups-pdf or poppler-utils this test fails: it never skips.
#include "CupsPrinter.h"
#include "CupsTestPeer.h"
#include "DraftCodeSlip.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using bt::app::CupsPrinter;
using bt::app::DraftCodeSlip;
using bt::app::Failure;
using bt::app::Printer;

namespace {

const QString code = QStringLiteral("K7QM-X2PD-9RWT-H4NC");

// A page with one line; remembers the thread that painted it.
class ProbeDocument : public bt::app::PrintDocument
{
public:
    explicit ProbeDocument(QString text)
        : m_text(std::move(text))
    {}
    [[nodiscard]] QString jobName() const override { return QStringLiteral("probe"); }
    void paint(QPainter& painter, const QRectF& page) const override
    {
        paintedOn = QThread::currentThread();
        painter.drawText(page, Qt::AlignTop | Qt::AlignLeft, m_text);
    }
    mutable std::atomic<QThread*> paintedOn{nullptr};

private:
    QString m_text;
};

} // namespace

class tst_CupsPrinter : public QObject
{
    Q_OBJECT

    bt::test::CupsTestPeer m_cups;

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_cups.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString added = m_cups.addPdfQueue(QStringLiteral("TestPDF"));
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void init() { m_cups.discardPdfs(); }

    void theSlipReachesTheQueueWithCodeAndQrCode()
    {
        CupsPrinter printer(QStringLiteral("TestPDF"));
        QSignalSpy printed(&printer, &Printer::printed);
        QSignalSpy failed(&printer, &Printer::failed);
        const Printer::JobId job = printer.print(std::make_shared<DraftCodeSlip>(
            QStringLiteral("Sperrmüll anmelden"), code, QDate(2026, 12, 24), QLocale(QLocale::German)));
        QVERIFY(printed.wait(30000));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Failure>().staffDetail()));
        QCOMPARE(printed.first().first().value<Printer::JobId>(), job);

        const QStringList pdfs = m_cups.waitForPdfs(1);
        QVERIFY2(pdfs.size() == 1, qPrintable(m_cups.errorLog()));
        const QString text = bt::test::CupsTestPeer::pdfText(pdfs.first());
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Your application is saved")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sperrmüll anmelden")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("24. Dezember 2026")), qPrintable(text));
        QCOMPARE(bt::test::CupsTestPeer::pdfQrCodes(pdfs.first()), QStringList{code});
    }

    void paintsOffTheUiThread()
    {
        CupsPrinter printer(QStringLiteral("TestPDF"));
        QSignalSpy printed(&printer, &Printer::printed);
        auto document = std::make_shared<ProbeDocument>(QStringLiteral("Probe 4711"));
        printer.print(document);
        QVERIFY(printed.wait(30000));
        QVERIFY(document->paintedOn.load() != nullptr);
        QVERIFY(document->paintedOn.load() != QThread::currentThread());
        const QStringList pdfs = m_cups.waitForPdfs(1);
        QCOMPARE(pdfs.size(), 1);
        QVERIFY(bt::test::CupsTestPeer::pdfText(pdfs.first()).contains(QStringLiteral("Probe 4711")));
    }

    void anUnknownQueueFailsWithAReason()
    {
        CupsPrinter printer(QStringLiteral("NoSuchQueue"));
        QSignalSpy printed(&printer, &Printer::printed);
        QSignalSpy failed(&printer, &Printer::failed);
        const Printer::JobId job = printer.print(std::make_shared<ProbeDocument>(QStringLiteral("never")));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<Printer::JobId>(), job);
        const auto failure = failed.first().at(1).value<Failure>();
        QCOMPARE(failure.code(), Failure::Code::Print_QueueMissing);
        QCOMPARE(failure.staffDetail(), QStringLiteral("CUPS has no queue named NoSuchQueue"));
        // Read as text (as QVariant users of the signal did when it carried a string): the detail.
        QCOMPARE(failed.first().at(1).toString(), failure.staffDetail());
        QVERIFY(printed.isEmpty());
        QVERIFY(m_cups.waitForPdfs(1, 2000).isEmpty());
    }

    // The session ended while its slip waited behind another job: it never comes out.
    void aJobCancelledBeforeItStartedIsNotPrinted()
    {
        CupsPrinter printer(QStringLiteral("TestPDF"));
        QSignalSpy printed(&printer, &Printer::printed);
        QSignalSpy failed(&printer, &Printer::failed);
        const Printer::JobId first = printer.print(std::make_shared<ProbeDocument>(QStringLiteral("Auftrag 4712")));
        const Printer::JobId second = printer.print(std::make_shared<ProbeDocument>(QStringLiteral("Auftrag 4713")));
        printer.cancel(second);
        QTRY_COMPARE_WITH_TIMEOUT(printed.size() + failed.size(), 2, 30000);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.first().first().value<Printer::JobId>(), first);
        QCOMPARE(failed.first().first().value<Printer::JobId>(), second);
        QCOMPARE(failed.first().at(1).value<Failure>().code(), Failure::Code::Print_Cancelled);
        const QStringList pdfs = m_cups.waitForPdfs(2, 3000);
        QCOMPARE(pdfs.size(), 1);
        QVERIFY(bt::test::CupsTestPeer::pdfText(pdfs.first()).contains(QStringLiteral("Auftrag 4712")));
    }
};

QTEST_MAIN(tst_CupsPrinter)
#include "tst_CupsPrinter.moc"
