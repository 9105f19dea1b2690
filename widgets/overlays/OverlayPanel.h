#pragma once

#include <QWidget>

class QFrame;
class QVBoxLayout;

namespace bt::widgets {

// A modal layer over its parent: a dimmed backdrop and a centred card. It blocks touches to
// what lies beneath without a nested event loop (no QDialog::exec in a kiosk).
class OverlayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverlayPanel(QWidget* parent);

    void open();
    void close();
    [[nodiscard]] bool isOpen() const { return isVisible(); }

Q_SIGNALS:
    void opened();
    void closed();

protected:
    [[nodiscard]] QVBoxLayout* cardLayout() const { return m_cardLayout; }
    [[nodiscard]] QFrame* card() const { return m_card; }
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Called when the language changes; subclasses set their texts here.
    virtual void retranslate() {}

private:
    void fitToParent();

    QFrame* m_card;
    QVBoxLayout* m_cardLayout;
};

} // namespace bt::widgets
