#include "CupsPrinter.h"

#include "Logging.h"

#include <QMutexLocker>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace bt::app {

CupsPrinter::CupsPrinter(const QString& queue, QObject* parent)
    : Printer(parent)
    , m_queue(queue)
{
    qRegisterMetaType<Printer::JobId>("bt::app::Printer::JobId");
    qRegisterMetaType<std::shared_ptr<const PrintDocument>>();
    auto* worker = new CupsPrintWorker(queue, this);
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &CupsPrintWorker::printed, this, &Printer::printed);
    connect(worker, &CupsPrintWorker::failed, this, &Printer::failed);
    m_thread.setObjectName(QStringLiteral("printer"));
    m_thread.start();
}

CupsPrinter::~CupsPrinter()
{
    {
        // Jobs still queued would print for a terminal that is going away.
        QMutexLocker lock(&m_cancelledLock);
        for (JobId job = 1; job <= m_lastJob; ++job) {
            m_cancelled.insert(job);
        }
    }
    m_thread.quit();
    m_thread.wait();
}

Printer::JobId CupsPrinter::print(std::shared_ptr<const PrintDocument> document)
{
    const JobId job = ++m_lastJob;
    QMetaObject::invokeMethod(
        m_worker.data(),
        [worker = m_worker.data(), job, document = std::move(document)] { worker->print(job, document); },
        Qt::QueuedConnection);
    return job;
}

void CupsPrinter::cancel(JobId job)
{
    QMutexLocker lock(&m_cancelledLock);
    m_cancelled.insert(job);
}

bool CupsPrinter::takeCancelled(JobId job)
{
    QMutexLocker lock(&m_cancelledLock);
    return m_cancelled.remove(job);
}

CupsPrintWorker::CupsPrintWorker(QString queue, CupsPrinter* owner)
    : m_queue(std::move(queue))
    , m_owner(owner)
{}

void CupsPrintWorker::print(Printer::JobId job, const std::shared_ptr<const PrintDocument>& document)
{
    if (m_owner->takeCancelled(job)) {
        Q_EMIT failed(job, QStringLiteral("cancelled before it was printed"));
        return;
    }
    const QString problem = spool(*document);
    if (problem.isEmpty()) {
        qCInfo(lcAppPrinting).noquote() << "job" << job << document->jobName() << "sent to CUPS queue" << m_queue;
        Q_EMIT printed(job);
    } else {
        qCWarning(lcAppPrinting).noquote() << "job" << job << document->jobName() << "not printed:" << problem;
        Q_EMIT failed(job, problem);
    }
}

QString CupsPrintWorker::spool(const PrintDocument& document) const
{
    // Asks CUPS each time: a queue added or repaired while the terminal runs is found.
    if (QPrinterInfo::printerInfo(m_queue).isNull()) {
        return QStringLiteral("CUPS has no queue named %1").arg(m_queue);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(m_queue);
    // QPrinter quietly falls back to writing a PDF file when the queue cannot be used.
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.isValid()) {
        return QStringLiteral("CUPS queue %1 cannot be used").arg(m_queue);
    }
    printer.setDocName(document.jobName());
    printer.setCreator(QStringLiteral("Bürgerterminal"));
    QPainter painter;
    if (!painter.begin(&printer)) {
        return QStringLiteral("cannot start a job on CUPS queue %1").arg(m_queue);
    }
    // The painter's origin is the printable area's corner (not full page).
    document.paint(painter, QRectF(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size()));
    if (!painter.end()) {
        return QStringLiteral("CUPS queue %1 did not accept the job").arg(m_queue);
    }
    return {};
}

} // namespace bt::app
