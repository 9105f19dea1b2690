#pragma once

#include <QAbstractButton>
#include <QString>

namespace bt::widgets {

// A large touch tile: a pictogram above a bold, wrapped label and an optional line of detail.
class TileButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TileButton(QWidget* parent = nullptr);

    void setIconPath(const QString& svgPath);
    void setDetail(const QString& detail);
    [[nodiscard]] QString detail() const { return m_detail; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int iconEdge() const;
    [[nodiscard]] QFont labelFont() const;
    [[nodiscard]] QFont detailFont() const;

    QString m_iconPath;
    QString m_detail;
};

} // namespace bt::widgets
