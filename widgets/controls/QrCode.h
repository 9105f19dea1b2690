#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace bt::widgets {

// A QR code a citizen scans with a phone (e.g. to continue online at home). Drawn from
// libqrencode's modules, black on white with the quiet zone the standard asks for, in any
// contrast theme (phones read dark on light best).
class QrCode : public QWidget
{
    Q_OBJECT
public:
    explicit QrCode(QWidget* parent = nullptr);

    // False (and nothing shown) if the text does not fit into a QR code.
    bool setText(const QString& text);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool isEmpty() const { return m_modules.isNull(); }
    // The code at `edge` pixels, for printing and tests.
    [[nodiscard]] QImage image(int edge) const;

    [[nodiscard]] QSize sizeHint() const override { return {320, 320}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QImage m_modules; // one pixel per module, including the quiet zone
};

} // namespace bt::widgets
