#include "TileGrid.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace bt::widgets {

TileGrid::TileGrid(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(16);
    // The number of columns follows the width, never the other way round: without this, the
    // columns of a wide screen would hold the grid (and the window) wide when it turns narrow.
    setMinimumWidth(1);
}

void TileGrid::setMinimumTileWidth(int width)
{
    m_minimumTileWidth = qMax(1, width);
    relayout(this->width());
}

void TileGrid::addTile(QWidget* tile)
{
    tile->setParent(this);
    m_tiles.push_back(tile);
    relayout(width());
}

void TileGrid::clear()
{
    for (QWidget* tile : m_tiles) {
        m_layout->removeWidget(tile);
        // Deleted later (it may be the sender of the click being handled); hidden now, so it
        // does not linger behind the new tiles until then.
        tile->hide();
        tile->deleteLater();
    }
    m_tiles.clear();
    m_columns = 0;
}

void TileGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout(event->size().width());
}

void TileGrid::relayout(int width)
{
    const int spacing = m_layout->spacing();
    const int columns = qMax(1, (width + spacing) / (m_minimumTileWidth + spacing));
    if (columns == m_columns && m_layout->count() == static_cast<int>(m_tiles.size())) {
        return;
    }
    m_columns = columns;
    for (QWidget* tile : m_tiles) {
        m_layout->removeWidget(tile);
    }
    for (int column = 0; column < m_layout->columnCount(); ++column) {
        m_layout->setColumnStretch(column, 0);
    }
    for (std::size_t index = 0; index < m_tiles.size(); ++index) {
        const int i = static_cast<int>(index);
        m_layout->addWidget(m_tiles[index], i / columns, i % columns);
    }
    for (int column = 0; column < columns; ++column) {
        m_layout->setColumnStretch(column, 1);
    }
}

} // namespace bt::widgets
