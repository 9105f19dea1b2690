#pragma once

#include "Screen.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace bt::widgets {
class TileGrid;
class TileButton;
} // namespace bt::widgets

namespace bt::app {

class Catalog;
class OzgTaxonomy;
class SearchService;
class Session;
struct SearchOutcome;

// The start of every journey: a search field answering as you type, and the 14 OZG
// Themenfelder to browse.
class HomeScreen : public Screen
{
    Q_OBJECT
public:
    // search may be null (no index): then only the Themenfelder are offered.
    HomeScreen(const OzgTaxonomy& taxonomy,
               const Catalog& catalog,
               const Session& session,
               SearchService* search,
               QWidget* parent = nullptr);

    void retranslate() override;
    // Forgets the query and its results (a new citizen).
    void reset() override;
    [[nodiscard]] widgets::TileButton* tileFor(const QString& themenfeldId) const;
    [[nodiscard]] widgets::TileButton* resultFor(const QString& serviceKey) const;
    [[nodiscard]] QLineEdit* searchField() const { return m_searchField; }
    [[nodiscard]] QStringList shownResults() const;
    [[nodiscard]] bool isShowingResults() const;
    // "Antrag fortsetzen" is offered only when the terminal keeps drafts.
    void setResumeAvailable(bool available);
    [[nodiscard]] QPushButton* resumeButton() const { return m_resumeButton; }

Q_SIGNALS:
    void themenfeldChosen(const QString& themenfeldId);
    void serviceChosen(const QString& serviceKey);
    void serviceIndexRequested();
    void resumeRequested();

private:
    void onQueryEdited(const QString& text);
    void showOutcome(const QString& query, const SearchOutcome& outcome);
    void showThemenfelder();
    void updateTexts();

    const OzgTaxonomy& m_taxonomy;
    const Catalog& m_catalog;
    const Session& m_session;
    SearchService* m_search;
    QLabel* m_title;
    QLineEdit* m_searchField;
    QLabel* m_intro;
    QPushButton* m_didYouMean;
    QPushButton* m_indexButton;
    QPushButton* m_resumeButton;
    widgets::TileGrid* m_tiles;
    widgets::TileGrid* m_results;
    QString m_correction;
};

} // namespace bt::app
