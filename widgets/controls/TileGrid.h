#pragma once

#include <QWidget>

#include <vector>

class QGridLayout;

namespace bt::widgets {

// Lays out tiles in as many columns as fit the width: five on a landscape kiosk screen,
// three in portrait, fewer with large text.
class TileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit TileGrid(QWidget* parent = nullptr);

    void setMinimumTileWidth(int width);
    // Takes ownership of the tile.
    void addTile(QWidget* tile);
    void clear();
    [[nodiscard]] int columnCount() const { return m_columns; }
    [[nodiscard]] const std::vector<QWidget*>& tiles() const { return m_tiles; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout(int width);

    QGridLayout* m_layout;
    std::vector<QWidget*> m_tiles;
    int m_minimumTileWidth = 320;
    int m_columns = 0;
};

} // namespace bt::widgets
