#include "HomeScreen.h"

#include "Catalog.h"
#include "OzgTaxonomy.h"
#include "ScrollPage.h"
#include "SearchService.h"
#include "ServiceTile.h"
#include "Session.h"
#include "TileButton.h"
#include "TileGrid.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::app {

namespace {
constexpr int maximumResults = 9;
} // namespace

HomeScreen::HomeScreen(
    const OzgTaxonomy& taxonomy, const Catalog& catalog, const Session& session, SearchService* search, QWidget* parent)
    : Screen(parent)
    , m_taxonomy(taxonomy)
    , m_catalog(catalog)
    , m_session(session)
    , m_search(search)
    , m_title(new QLabel(this))
    , m_searchField(new QLineEdit(this))
    , m_intro(new QLabel(this))
    , m_didYouMean(new QPushButton(this))
    , m_indexButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
    , m_tiles(new widgets::TileGrid)
    , m_results(new widgets::TileGrid)
{
    setObjectName(QStringLiteral("homeScreen"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("homeIntro"));
    m_intro->setWordWrap(true);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setProperty("role", QStringLiteral("search"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaxLength(200);
    m_searchField->setVisible(m_search != nullptr);
    m_didYouMean->setObjectName(QStringLiteral("didYouMeanButton"));
    m_didYouMean->hide();
    m_indexButton->setObjectName(QStringLiteral("serviceIndexButton"));
    m_resumeButton->setObjectName(QStringLiteral("resumeDraftButton"));
    m_resumeButton->hide();
    m_tiles->setObjectName(QStringLiteral("themenfeldTiles"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setMinimumTileWidth(520);
    m_results->hide();
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
    contentLayout->addWidget(m_results);
    contentLayout->addWidget(m_tiles);
    contentLayout->addWidget(m_indexButton, 0, Qt::AlignLeft);
    contentLayout->addStretch();

    // Beside the title, where a citizen who comes back with a code looks first.
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_resumeButton, 0, Qt::AlignVCenter);
    pageLayout()->addLayout(titleRow);
    pageLayout()->addWidget(m_searchField);
    pageLayout()->addWidget(m_intro);
    pageLayout()->addWidget(m_didYouMean, 0, Qt::AlignLeft);
    pageLayout()->addWidget(new ScrollPage(content, this), 1);

    connect(m_searchField, &QLineEdit::textChanged, this, &HomeScreen::onQueryEdited);
    connect(m_indexButton, &QPushButton::clicked, this, &HomeScreen::serviceIndexRequested);
    connect(m_resumeButton, &QPushButton::clicked, this, &HomeScreen::resumeRequested);
    connect(m_didYouMean, &QPushButton::clicked, this, [this] { m_searchField->setText(m_correction); });
    if (m_search) {
        connect(m_search, &SearchService::resultsReady, this, &HomeScreen::showOutcome);
    }
    updateTexts();
}

widgets::TileButton* HomeScreen::tileFor(const QString& themenfeldId) const
{
    return m_tiles->findChild<widgets::TileButton*>(QStringLiteral("tile_") + themenfeldId);
}

widgets::TileButton* HomeScreen::resultFor(const QString& serviceKey) const
{
    return m_results->findChild<widgets::TileButton*>(QStringLiteral("result_") + serviceKey);
}

QStringList HomeScreen::shownResults() const
{
    QStringList keys;
    if (m_results->isHidden()) {
        return keys;
    }
    for (QWidget* tile : m_results->tiles()) {
        if (tile->objectName().startsWith(QStringLiteral("result_"))) {
            keys.append(tile->objectName().mid(7));
        }
    }
    return keys;
}

bool HomeScreen::isShowingResults() const
{
    return !m_results->isHidden();
}

void HomeScreen::setResumeAvailable(bool available)
{
    m_resumeButton->setVisible(available);
}

void HomeScreen::reset()
{
    m_searchField->setText(QString()); // not clear(): undo would bring it back; shows the Themenfelder again
    if (m_search) {
        m_search->forgetRecentQueries(); // and the answers the search keeps for it
    }
}

void HomeScreen::onQueryEdited(const QString& text)
{
    if (text.trimmed().isEmpty() || !m_search) {
        showThemenfelder();
        return;
    }
    m_search->search(text, maximumResults);
}

void HomeScreen::showThemenfelder()
{
    m_results->clear();
    m_results->hide();
    m_didYouMean->hide();
    m_tiles->show();
    m_indexButton->show();
    updateTexts();
}

void HomeScreen::showOutcome(const QString& query, const SearchOutcome& outcome)
{
    if (query != m_searchField->text()) {
        return; // typed on since
    }
    const QString language = m_session.language();
    m_results->clear();
    for (const SearchHit& hit : outcome.hits) {
        const Service* service = m_catalog.find(hit.serviceKey);
        if (!service) {
            continue;
        }
        widgets::TileButton* tile = makeServiceTile(*service, language, QStringLiteral("result_"));
        connect(tile, &widgets::TileButton::clicked, this, [this, key = service->key] { Q_EMIT serviceChosen(key); });
        m_results->addTile(tile);
    }
    // Nothing found: never an empty page, but the Themenfelder where to look.
    for (const QString& id : outcome.hits.empty() ? outcome.themenfelder : QStringList()) {
        if (const Themenfeld* field = m_taxonomy.find(id)) {
            auto* tile = new widgets::TileButton;
            tile->setObjectName(QStringLiteral("suggestion_") + id);
            tile->setIconPath(field->iconPath);
            tile->setText(field->name.in(language));
            tile->setDetail(field->summary.in(language));
            connect(tile, &widgets::TileButton::clicked, this, [this, id] { Q_EMIT themenfeldChosen(id); });
            m_results->addTile(tile);
        }
    }
    m_correction = outcome.didYouMean;
    m_results->show();
    m_tiles->hide();
    m_indexButton->hide();
    updateTexts();
}

void HomeScreen::retranslate()
{
    updateTexts();
    // Results name services in the citizen's language: ask again in the new one.
    if (!m_results->isHidden() && m_search) {
        m_search->search(m_searchField->text(), maximumResults);
    }
}

void HomeScreen::updateTexts()
{
    m_title->setText(tr("What would you like to do?"));
    m_searchField->setPlaceholderText(tr("Search, for example: ID card, register a dog, bulky waste"));
    m_searchField->setAccessibleName(tr("Search"));
    // The "×" Qt adds to the field shows only an icon; its action gives the button its name.
    if (auto* clear = m_searchField->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        //: Read out for the "×" at the end of the search field, which empties it.
        clear->setText(tr("Clear the search"));
    }
    m_indexButton->setText(tr("All services from A to Z"));
    //: Home screen: open a form saved earlier with "Später fortsetzen", with its code.
    m_resumeButton->setText(tr("Continue a saved application"));
    const QString language = m_session.language();
    for (const Themenfeld& field : m_taxonomy.themenfelder()) {
        if (widgets::TileButton* tile = tileFor(field.id)) {
            tile->setText(field.name.in(language));
            tile->setDetail(field.summary.in(language));
        }
    }
    if (m_results->isHidden()) {
        m_intro->setText(tr("Type what you need, or choose a topic. Text size, contrast, reading aloud and language "
                            "can be changed at the top at any time."));
        m_didYouMean->hide();
        return;
    }
    const bool anyService = !shownResults().isEmpty();
    m_intro->setText(
        anyService
            ? tr("Touch a service to read what you need and what it costs.")
            : tr("Nothing found for “%1”. Try other words, or look in these topics:").arg(m_searchField->text()));
    m_didYouMean->setVisible(!m_correction.isEmpty());
    m_didYouMean->setText(tr("Did you mean “%1”?").arg(m_correction));
}

} // namespace bt::app
