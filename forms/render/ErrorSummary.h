#pragma once

#include <QFrame>

#include <functional>
#include <vector>

class QAbstractButton;
class QLabel;
class QVBoxLayout;

namespace bt::widgets {
class StatusIcon;
}

namespace bt::forms {

// The box at the top of a step after "Weiter" found problems: "Bitte prüfen Sie diese Angaben:"
// and one line per problem ("Familienname: Bitte füllen Sie dieses Feld aus."); touching a line
// goes to its field.
class ErrorSummary : public QFrame
{
    Q_OBJECT
public:
    struct Line
    {
        QString text;
        std::function<void()> go;
    };

    explicit ErrorSummary(QWidget* parent = nullptr);

    // Hidden when there are no lines.
    void setLines(std::vector<Line> lines);
    [[nodiscard]] QList<QAbstractButton*> lineButtons() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QVBoxLayout* m_lines;
    std::vector<QAbstractButton*> m_buttons;
};

} // namespace bt::forms
