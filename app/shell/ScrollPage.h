#pragma once

#include <QScrollArea>

namespace bt::app {

// A vertically scrolling area that follows a finger (kinetic touch scrolling), for pages
// that can outgrow the screen with large text.
class ScrollPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit ScrollPage(QWidget* content, QWidget* parent = nullptr);
};

} // namespace bt::app
