#pragma once

#include "HeightCache.h"

#include <QAbstractButton>
#include <QFont>

namespace bt::widgets {

// A large answer to pick ("Ja", "Nein", one value of a list): a round mark and a bold, wrapped
// text. Checked shows a filled mark with a tick and a thick frame, so the choice is clear
// without colour.
class ChoiceTile : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ChoiceTile(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    // Read-only: shows its state at full contrast (unlike disabled) but ignores touches and keys.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    [[nodiscard]] int markEdge() const;
    [[nodiscard]] QFont labelFont() const;

    // What the height for a width depends on, besides the width.
    struct TextInputs
    {
        QString text;
        QFont font;

        friend bool operator==(const TextInputs&, const TextInputs&) = default;
    };

    bool m_readOnly = false;
    mutable HeightCache<TextInputs> m_heights;
};

} // namespace bt::widgets
