#include "ServiceTile.h"

#include "Service.h"
#include "TileButton.h"

namespace bt::app {

widgets::TileButton* makeServiceTile(const Service& service, const QString& language, const QString& objectNamePrefix)
{
    auto* tile = new widgets::TileButton;
    tile->setObjectName(objectNamePrefix + service.key);
    tile->setText(service.plainName.in(language));
    tile->setDetail(service.name.in(language));
    return tile;
}

} // namespace bt::app
