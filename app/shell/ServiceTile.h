#pragma once

#include <QString>

namespace bt::widgets {
class TileButton;
}

namespace bt::app {

struct Service;

// A tile for one service, as search results and Themenfeld pages list them: what a citizen
// calls it, and the official name below.
[[nodiscard]] widgets::TileButton*
makeServiceTile(const Service& service, const QString& language, const QString& objectNamePrefix);

} // namespace bt::app
