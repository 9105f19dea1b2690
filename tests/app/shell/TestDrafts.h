#pragma once

#include "DraftService.h"
#include "ManualClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace bt::test {

// A drafts store of its own for one test, in a temporary folder, ready to use.
struct TestDrafts
{
    explicit TestDrafts(int keepDays = 30)
        : service(bt::app::DraftSettings{folder.filePath(QStringLiteral("drafts.sqlite")), keepDays, {}}, clock)
        , keepDays(keepDays)
    {
        QSignalSpy ready(&service, &bt::app::DraftService::ready);
        if (!ready.wait(10000)) {
            qFatal("the drafts store did not open");
        }
    }

    // Saves answers as the form's "Später fortsetzen" does; the code as printed, or empty.
    QString save(const QString& formId, const QString& serviceKey, const QByteArray& answers)
    {
        QSignalSpy saved(&service, &bt::app::DraftService::saved);
        service.save(formId, serviceKey, std::make_shared<const bt::eid::SecureBytes>(answers));
        if (!saved.wait(10000)) {
            return {};
        }
        const auto code = saved.first().first().value<std::shared_ptr<const bt::app::ResumeCode>>();
        return QString::fromLatin1(code->grouped().view());
    }

    QTemporaryDir folder;
    ManualClock clock;
    bt::app::DraftService service;
    int keepDays;
};

} // namespace bt::test
