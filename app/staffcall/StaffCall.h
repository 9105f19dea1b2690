#pragma once

#include <QObject>

namespace bt::app {

// Calls a member of staff to the terminal ("Personal rufen"). The real implementation
// notifies the town hall's system; the citizen learns whether the call went through.
class StaffCall : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Delivered,
        Failed,
    };

    using QObject::QObject;
    ~StaffCall() override;

    // Asynchronous; ends with exactly one finished(). A call while one is under way is ignored.
    virtual void call() = 0;
    [[nodiscard]] virtual bool isCalling() const = 0;

Q_SIGNALS:
    void finished(bt::app::StaffCall::Outcome outcome);
};

} // namespace bt::app
