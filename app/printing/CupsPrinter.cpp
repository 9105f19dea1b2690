#include "CupsPrinter.h"

#include "Logging.h"

#include <QMutexLocker>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace bt::app {

void CancelledJobs::add(Printer::JobId job)
{
    QMutexLocker lock(&m_lock);
    m_jobs.insert(job);
}

bool CancelledJobs::take(Printer::JobId job)
{
    QMutexLocker lock(&m_lock);
    return m_jobs.remove(job);
}

CupsPrinter::CupsPrinter(const QString& queue, QObject* parent)
    : Printer(parent)
    , m_queue(queue)
    , m_worker(QStringLiteral("printer"), std::chrono::seconds(10), std::make_unique<CupsPrintWorker>(queue, m_cancelled))
{
    qRegisterMetaType<Printer::JobId>("bt::app::Printer::JobId");
    qRegisterMetaType<std::shared_ptr<const PrintDocument>>();
    Failure::registerMetaType();
    connect(m_worker.worker(), &CupsPrintWorker::printed, this, &Printer::printed);
    connect(m_worker.worker(), &CupsPrintWorker::failed, this, &Printer::failed);
}

// Jobs still queued would print for a terminal that is going away: m_worker drops them.
CupsPrinter::~CupsPrinter() = default;

Printer::JobId CupsPrinter::print(std::shared_ptr<const PrintDocument> document)
{
    const JobId job = ++m_lastJob;
    m_worker.post([job, document = std::move(document)](CupsPrintWorker& worker) { worker.print(job, document); });
    return job;
}

void CupsPrinter::cancel(JobId job)
{
    m_cancelled->add(job);
}

CupsPrintWorker::CupsPrintWorker(QString queue, std::shared_ptr<CancelledJobs> cancelled)
    : m_queue(std::move(queue))
    , m_cancelled(std::move(cancelled))
{}

void CupsPrintWorker::print(Printer::JobId job, const std::shared_ptr<const PrintDocument>& document)
{
    if (m_cancelled->take(job)) {
        Q_EMIT failed(job, Failure(Failure::Code::Print_Cancelled, QStringLiteral("cancelled before it was printed")));
        return;
    }
    const Failure problem = spool(*document);
    if (!problem) {
        qCInfo(lcAppPrinting).noquote() << "job" << job << document->jobName() << "sent to CUPS queue" << m_queue;
        Q_EMIT printed(job);
    } else {
        qCWarning(lcAppPrinting).noquote() << "job" << job << document->jobName() << "not printed:" << problem;
        Q_EMIT failed(job, problem);
    }
}

Failure CupsPrintWorker::spool(const PrintDocument& document) const
{
    using Code = Failure::Code;
    // Asks CUPS each time: a queue added or repaired while the terminal runs is found.
    if (QPrinterInfo::printerInfo(m_queue).isNull()) {
        return Failure(Code::Print_QueueMissing, QStringLiteral("CUPS has no queue named %1").arg(m_queue));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(m_queue);
    // QPrinter quietly falls back to writing a PDF file when the queue cannot be used.
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.isValid()) {
        return Failure(Code::Print_QueueUnusable, QStringLiteral("CUPS queue %1 cannot be used").arg(m_queue));
    }
    printer.setDocName(document.jobName());
    printer.setCreator(QStringLiteral("Bürgerterminal"));
    QPainter painter;
    if (!painter.begin(&printer)) {
        return Failure(Code::Print_NotAccepted, QStringLiteral("cannot start a job on CUPS queue %1").arg(m_queue));
    }
    // The painter's origin is the printable area's corner (not full page).
    document.paint(painter, QRectF(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size()));
    if (!painter.end()) {
        return Failure(Code::Print_NotAccepted, QStringLiteral("CUPS queue %1 did not accept the job").arg(m_queue));
    }
    return {};
}

} // namespace bt::app
