#pragma once

#include <QFrame>

class QPushButton;

namespace bt::app {

// Bottom of every journey screen: back, and cancel to start over.
class FooterBar : public QFrame
{
    Q_OBJECT
public:
    explicit FooterBar(QWidget* parent = nullptr);

    void setBackVisible(bool visible);
    [[nodiscard]] QPushButton* backButton() const { return m_backButton; }
    [[nodiscard]] QPushButton* startOverButton() const { return m_startOverButton; }

Q_SIGNALS:
    void backRequested();
    void startOverRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* m_backButton;
    QPushButton* m_startOverButton;
};

} // namespace bt::app
