#pragma once

#include "PrintDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QLocale>

namespace bt::app {

// The slip a citizen takes home after "Später fortsetzen": heading, the service's name, the resume
// code large in its groups and as a QR code, the date it is kept until and how to continue. Nothing
// of the answers and nothing personal: the code alone is what the citizen needs.
class DraftCodeSlip : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(bt::app::DraftCodeSlip)
public:
    // Translates its texts now, on the UI thread, in the session's language (`locale` for the date).
    DraftCodeSlip(const QString& serviceName, const QString& groupedCode, QDate keptUntil, const QLocale& locale);

    [[nodiscard]] QString jobName() const override;
    void paint(QPainter& painter, const QRectF& page) const override;

    [[nodiscard]] QString code() const { return m_code; }

private:
    QString m_heading;
    QString m_serviceName;
    QString m_code;
    QImage m_qr; // one pixel per module
    QString m_keptUntil;
    QString m_howToContinue;
};

} // namespace bt::app
