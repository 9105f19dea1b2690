#pragma once

#include <QWidget>

namespace bt::widgets {

// A small painted sign next to a message: a warning triangle for errors, a padlock for locked
// fields. Drawn in the widget's text colour (the style sheet sets it), so it follows the theme
// and needs no font glyph. A screen reader reads it as a picture named "Warning" or "Locked",
// before the message.
class StatusIcon : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Warning,
        Locked,
    };

    explicit StatusIcon(Kind kind, QWidget* parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Kind m_kind;
};

} // namespace bt::widgets
