#pragma once

#include "Printer.h"
#include "WorkerThread.h"

#include <QMutex>
#include <QSet>

#include <memory>

namespace bt::app {

class CupsPrintWorker;

// The jobs cancelled before they started, shared by the printer (which cancels) and its worker
// (which asks before it prints); the worker must not point back to the printer, which may be
// gone while a job is still with CUPS.
class CancelledJobs
{
public:
    void add(Printer::JobId job);
    [[nodiscard]] bool take(Printer::JobId job);

private:
    QMutex m_lock;
    QSet<Printer::JobId> m_jobs;
};

// A CUPS queue through QPrinter (native format: Qt hands CUPS a PDF). Jobs are painted and
// spooled one after the other on the printer's own thread; "printed" means CUPS accepted the job.
class CupsPrinter : public Printer
{
    Q_OBJECT
public:
    explicit CupsPrinter(const QString& queue, QObject* parent = nullptr);
    // Drops the jobs not yet started and waits at most 10 s for the one with CUPS: a printer
    // that never answers does not keep the terminal from stopping.
    ~CupsPrinter() override;

    [[nodiscard]] QString queue() const { return m_queue; }

    JobId print(std::shared_ptr<const PrintDocument> document) override;
    void cancel(JobId job) override;

private:
    const QString m_queue;
    std::shared_ptr<CancelledJobs> m_cancelled = std::make_shared<CancelledJobs>();
    JobId m_lastJob = 0;
    WorkerThread<CupsPrintWorker> m_worker;
};

// Lives on the printer's thread; QPainter on a QPrinter works outside the UI thread.
class CupsPrintWorker : public QObject
{
    Q_OBJECT
public:
    CupsPrintWorker(QString queue, std::shared_ptr<CancelledJobs> cancelled);

    void print(bt::app::Printer::JobId job, const std::shared_ptr<const PrintDocument>& document);

Q_SIGNALS:
    void printed(bt::app::Printer::JobId job);
    void failed(bt::app::Printer::JobId job, const bt::app::Failure& failure);

private:
    // No failure when CUPS took the job, otherwise why not.
    [[nodiscard]] Failure spool(const PrintDocument& document) const;

    const QString m_queue;
    std::shared_ptr<CancelledJobs> m_cancelled;
};

} // namespace bt::app
