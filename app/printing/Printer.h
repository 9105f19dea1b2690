#pragma once

#include "Failure.h"
#include "PrintDocument.h"

#include <QMetaType>
#include <QObject>

#include <memory>

namespace bt::app {

// The terminal's printer, whatever sits behind it (a CUPS queue today). Printing blocks, so it
// is asynchronous: print() returns at once with the job's id, and exactly one of printed() or
// failed() follows for it. A failure's detail says where it failed, never what was printed.
class Printer : public QObject
{
    Q_OBJECT
public:
    using JobId = quint64;

    using QObject::QObject;
    ~Printer() override;

    virtual JobId print(std::shared_ptr<const PrintDocument> document) = 0;
    // Drops the job if it has not started yet (its failed() says so); a job already handed to
    // the printer cannot be taken back.
    virtual void cancel(JobId job) = 0;

Q_SIGNALS:
    void printed(bt::app::Printer::JobId job);
    void failed(bt::app::Printer::JobId job, const bt::app::Failure& failure); // Print_*
};

} // namespace bt::app

Q_DECLARE_METATYPE(std::shared_ptr<const bt::app::PrintDocument>)
