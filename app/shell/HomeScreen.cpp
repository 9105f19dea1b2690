#include "HomeScreen.h"

#include "OzgTaxonomy.h"
#include "ScrollPage.h"
#include "Session.h"
#include "TileButton.h"
#include "TileGrid.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bt::app {

HomeScreen::HomeScreen(const OzgTaxonomy& taxonomy, const Session& session, QWidget* parent)
    : Screen(parent)
    , m_taxonomy(taxonomy)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_tiles(new widgets::TileGrid)
{
    setObjectName(QStringLiteral("homeScreen"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_tiles->setObjectName(QStringLiteral("themenfeldTiles"));
    for (const Themenfeld& field : m_taxonomy.themenfelder()) {
        auto* tile = new widgets::TileButton;
        tile->setObjectName(QStringLiteral("tile_") + field.id);
        tile->setIconPath(field.iconPath);
        connect(tile, &widgets::TileButton::clicked, this, [this, id = field.id] { Q_EMIT themenfeldChosen(id); });
        m_tiles->addTile(tile);
    }
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 16, 0);
    contentLayout->addWidget(m_tiles);
    contentLayout->addStretch();

    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_intro);
    pageLayout()->addWidget(new ScrollPage(content, this), 1);
    retranslate();
}

widgets::TileButton* HomeScreen::tileFor(const QString& themenfeldId) const
{
    return m_tiles->findChild<widgets::TileButton*>(QStringLiteral("tile_") + themenfeldId);
}

void HomeScreen::retranslate()
{
    m_title->setText(tr("What would you like to do?"));
    m_intro->setText(tr("Choose a topic. Text size, contrast and language can be changed at the top at any time."));
    const QString language = m_session.language();
    for (const Themenfeld& field : m_taxonomy.themenfelder()) {
        if (widgets::TileButton* tile = tileFor(field.id)) {
            tile->setText(field.name.in(language));
            tile->setDetail(field.summary.in(language));
        }
    }
}

} // namespace bt::app
