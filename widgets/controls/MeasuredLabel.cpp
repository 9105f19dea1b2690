#include "MeasuredLabel.h"

namespace bt::widgets {

MeasuredLabel::MeasuredLabel(QWidget* parent)
    : QLabel(parent)
{}

MeasuredLabel::MeasuredLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{}

MeasuredLabel::Inputs MeasuredLabel::inputs() const
{
    return {text(),
            font(),
            contentsMargins(),
            minimumSize(),
            margin(),
            indent(),
            frameWidth(),
            alignment(),
            wordWrap(),
            textFormat(),
            textInteractionFlags(),
            layoutDirection()};
}

int MeasuredLabel::heightForWidth(int width) const
{
    return m_heights.heightFor(inputs(), width, [this](int w) { return QLabel::heightForWidth(w); });
}

} // namespace bt::widgets
