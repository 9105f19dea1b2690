#pragma once

#include "Printer.h"

#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThread>

namespace bt::app {

class CupsPrintWorker;

// A CUPS print queue through QPrinter (native format: Qt hands CUPS a PDF). Jobs are painted and
// spooled one after the other on the printer's own thread; "printed" means CUPS accepted the job.
class CupsPrinter : public Printer
{
    Q_OBJECT
public:
    explicit CupsPrinter(const QString& queue, QObject* parent = nullptr);
    ~CupsPrinter() override; // finishes the job in progress, drops the others, stops the thread

    [[nodiscard]] QString queue() const { return m_queue; }

    JobId print(std::shared_ptr<const PrintDocument> document) override;
    void cancel(JobId job) override;

private:
    friend class CupsPrintWorker;
    [[nodiscard]] bool takeCancelled(JobId job);

    const QString m_queue;
    QThread m_thread;
    QPointer<CupsPrintWorker> m_worker;
    JobId m_lastJob = 0;
    QMutex m_cancelledLock; // the worker asks from its thread
    QSet<JobId> m_cancelled;
};

// Lives on the printer's thread; QPainter on a QPrinter works outside the UI thread.
class CupsPrintWorker : public QObject
{
    Q_OBJECT
public:
    CupsPrintWorker(QString queue, CupsPrinter* owner);

    void print(bt::app::Printer::JobId job, const std::shared_ptr<const PrintDocument>& document);

Q_SIGNALS:
    void printed(bt::app::Printer::JobId job);
    void failed(bt::app::Printer::JobId job, const QString& reason);

private:
    // Empty when CUPS took the job, otherwise why not.
    [[nodiscard]] QString spool(const PrintDocument& document) const;

    const QString m_queue;
    CupsPrinter* m_owner;
};

} // namespace bt::app
