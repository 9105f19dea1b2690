#pragma once

#include <QAbstractButton>

namespace bt::widgets {

// A button that is a line of text, wrapped to the width it gets (a link in a list of problems,
// an entry of a summary). At least a touch target high.
class TextButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TextButton(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace bt::widgets
