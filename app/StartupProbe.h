#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace bt::app {

// Measures start-up: from main() to the first paint of a watched widget (the home screen),
// then prints the figure and quits. Used by the start-up benchmark.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(const QElapsedTimer& sinceMain, QObject* parent = nullptr);

    void watch(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const QElapsedTimer& m_sinceMain;
    bool m_done = false;
};

} // namespace bt::app
