#pragma once

#include <QString>

class QPainter;
class QRectF;

namespace bt::app {

// Something to print on one page: a resume code slip now, receipts later. Built on the UI thread
// (texts translated there, in the session's language) and painted on the printer's thread, so
// paint() reads only its own immutable members.
class PrintDocument
{
public:
    virtual ~PrintDocument() = default;

    // The job's name in the print queue and in logs: what kind of document, nothing personal.
    [[nodiscard]] virtual QString jobName() const = 0;
    // Paints into `page`, the printable area in the painter's device pixels; its size is the
    // queue's paper (A4 or an 80 mm roll), so layouts measure it instead of assuming one.
    virtual void paint(QPainter& painter, const QRectF& page) const = 0;
};

} // namespace bt::app
