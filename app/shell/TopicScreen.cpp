#include "TopicScreen.h"

#include "Catalog.h"
#include "OzgTaxonomy.h"
#include "ScrollPage.h"
#include "ServiceTile.h"
#include "Session.h"
#include "TileButton.h"
#include "TileGrid.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bt::app {

TopicScreen::TopicScreen(const OzgTaxonomy& taxonomy, const Catalog& catalog, const Session& session, QWidget* parent)
    : Screen(parent)
    , m_taxonomy(taxonomy)
    , m_catalog(catalog)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_groups(new QWidget)
    , m_groupsLayout(new QVBoxLayout(m_groups))
{
    setObjectName(QStringLiteral("topicScreen"));
    m_title->setObjectName(QStringLiteral("topicTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("topicSummary"));
    m_summary->setWordWrap(true);
    m_groupsLayout->setContentsMargins(0, 0, 16, 0);
    m_groupsLayout->setSpacing(12);
    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_summary);
    pageLayout()->addWidget(new ScrollPage(m_groups, this), 1);
}

widgets::TileButton* TopicScreen::serviceTile(const QString& serviceKey) const
{
    return m_groups->findChild<widgets::TileButton*>(QStringLiteral("service_") + serviceKey);
}

void TopicScreen::retranslate()
{
    const Themenfeld* field = m_taxonomy.find(m_session.topicId());
    if (!field) {
        return;
    }
    const QString language = m_session.language();
    m_title->setText(field->name.in(language));
    m_summary->setText(field->summary.in(language));
    while (QLayoutItem* item = m_groupsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Citizens' Lebenslagen first, then what businesses need.
    for (const Lage::Kind kind : {Lage::Kind::Lebenslage, Lage::Kind::Unternehmenslage}) {
        for (const Lage& lage : field->lagen) {
            if (lage.kind != kind) {
                continue;
            }
            auto* grid = new widgets::TileGrid;
            grid->setMinimumTileWidth(520);
            for (const Service& service : m_catalog.services()) {
                if (!service.lagen.contains(lage.id)) {
                    continue;
                }
                widgets::TileButton* tile = makeServiceTile(service, language, QStringLiteral("service_"));
                connect(tile, &widgets::TileButton::clicked, this, [this, key = service.key] {
                    Q_EMIT serviceChosen(key);
                });
                grid->addTile(tile);
            }
            if (grid->tiles().empty()) {
                delete grid;
                continue;
            }
            auto* heading =
                new QLabel(kind == Lage::Kind::Lebenslage ? lage.name.in(language)
                                                          : tr("For businesses: %1").arg(lage.name.in(language)));
            heading->setProperty("role", QStringLiteral("heading"));
            heading->setWordWrap(true);
            m_groupsLayout->addWidget(heading);
            m_groupsLayout->addWidget(grid);
        }
    }
    m_groupsLayout->addStretch();
}

} // namespace bt::app
