#include "ServiceIndexScreen.h"

#include "Catalog.h"
#include "ScrollPage.h"
#include "ServiceTile.h"
#include "Session.h"
#include "TileButton.h"
#include "TileGrid.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace bt::app {

namespace {

// "Ärztlicher …" belongs under A, "Übermittlung …" under U, as in a German index.
QString initialOf(const QString& name)
{
    if (name.isEmpty()) {
        return QStringLiteral("#");
    }
    const QString decomposed = name.front().decomposition();
    const QChar base = (decomposed.isEmpty() ? name.front() : decomposed.front()).toUpper();
    return base.isLetter() ? QString(base) : QStringLiteral("#");
}

} // namespace

ServiceIndexScreen::ServiceIndexScreen(const Catalog& catalog, const Session& session, QWidget* parent)
    : Screen(parent)
    , m_catalog(catalog)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_letterBar(new QWidget(this))
    , m_letterLayout(new QHBoxLayout(m_letterBar))
    , m_letterGrid(new widgets::TileGrid)
    , m_groups(new QWidget)
    , m_groupsLayout(new QVBoxLayout(m_groups))
    , m_scroll(new ScrollPage(m_groups, this))
{
    setObjectName(QStringLiteral("serviceIndexScreen"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_letterLayout->setContentsMargins(0, 0, 0, 0);
    // Letters wrap into rows on narrow screens and with large text.
    m_letterGrid->setMinimumTileWidth(88);
    m_letterLayout->addWidget(m_letterGrid);
    m_groupsLayout->setContentsMargins(0, 0, 16, 0);
    m_groupsLayout->setSpacing(12);
    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_letterBar);
    pageLayout()->addWidget(m_scroll, 1);
}

QStringList ServiceIndexScreen::letters() const
{
    QStringList result;
    for (const auto& [letter, heading] : m_headings) {
        result.append(letter);
    }
    return result;
}

widgets::TileButton* ServiceIndexScreen::serviceTile(const QString& serviceKey) const
{
    return m_groups->findChild<widgets::TileButton*>(QStringLiteral("index_") + serviceKey);
}

void ServiceIndexScreen::jumpTo(const QString& letter)
{
    const auto found = m_headings.find(letter);
    if (found != m_headings.end()) {
        m_scroll->verticalScrollBar()->setValue(found->second->y());
    }
}

void ServiceIndexScreen::retranslate()
{
    m_title->setText(tr("All services from A to Z"));
    // Building every tile takes a moment: only for the screen in front of the citizen.
    m_stale = true;
    if (isVisible()) {
        rebuild();
    }
}

void ServiceIndexScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    if (m_stale) {
        rebuild();
    }
}

void ServiceIndexScreen::rebuild()
{
    m_stale = false;
    const QString language = m_session.language();
    while (QLayoutItem* item = m_groupsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_letterGrid->clear();
    m_headings.clear();

    std::vector<const Service*> services;
    for (const Service& service : m_catalog.services()) {
        services.push_back(&service);
    }
    QCollator collator{QLocale(language)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(services.begin(), services.end(), [&](const Service* a, const Service* b) {
        return collator.compare(a->plainName.in(language), b->plainName.in(language)) < 0;
    });
    std::map<QString, widgets::TileGrid*> grids;
    for (const Service* service : services) {
        const QString letter = initialOf(service->plainName.in(language));
        widgets::TileGrid*& grid = grids[letter];
        if (!grid) {
            auto* heading = new QLabel(letter);
            heading->setProperty("role", QStringLiteral("title"));
            m_headings[letter] = heading;
            grid = new widgets::TileGrid;
            grid->setMinimumTileWidth(520);
            m_groupsLayout->addWidget(heading);
            m_groupsLayout->addWidget(grid);
        }
        widgets::TileButton* tile = makeServiceTile(*service, language, QStringLiteral("index_"));
        connect(tile, &widgets::TileButton::clicked, this, [this, key = service->key] { Q_EMIT serviceChosen(key); });
        grid->addTile(tile);
    }
    m_groupsLayout->addStretch();
    for (const auto& [letter, heading] : m_headings) {
        auto* button = new QPushButton(letter);
        button->setObjectName(QStringLiteral("letter_") + letter);
        button->setProperty("role", QStringLiteral("letter"));
        //: Accessible name of a letter button in the A–Z list, e.g. "Services beginning with B"
        button->setAccessibleName(tr("Services beginning with %1").arg(letter));
        connect(button, &QPushButton::clicked, this, [this, letter = letter] { jumpTo(letter); });
        m_letterGrid->addTile(button);
    }
}

} // namespace bt::app
