#pragma once

#include "HeightCache.h"

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QSize>

namespace bt::widgets {

// A QLabel that remembers the heights it measured for its last few widths. While a page is laid
// out, Qt's layouts ask a word-wrapped label for its height at the same width again and again
// (once per nested layout, once more for the minimum), and QLabel lays out and shapes its text
// anew each time: a form step of 40 questions spent a third of its time there. The heights are
// QLabel's own; they are measured again as soon as anything they depend on changes (text, font,
// margins, alignment, wrapping, …).
class MeasuredLabel : public QLabel
{
    Q_OBJECT
public:
    explicit MeasuredLabel(QWidget* parent = nullptr);
    explicit MeasuredLabel(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

private:
    // What QLabel's height for a width depends on, besides the width.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contentsMargins;
        QSize minimumSize;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat textFormat = Qt::AutoText;
        Qt::TextInteractionFlags interaction;
        Qt::LayoutDirection direction = Qt::LeftToRight;

        friend bool operator==(const Inputs&, const Inputs&) = default;
    };

    [[nodiscard]] Inputs inputs() const;

    mutable HeightCache<Inputs> m_heights;
};

} // namespace bt::widgets
