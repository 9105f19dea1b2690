#pragma once

#include <QObject>

namespace bt::app {

// Reports every touch, click, wheel or key anywhere in the application as activity.
class UserActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit UserActivityFilter(QObject* parent = nullptr);

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace bt::app
