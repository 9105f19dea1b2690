#pragma once

#include "Screen.h"

class QLabel;

namespace bt::widgets {
class TileGrid;
class TileButton;
} // namespace bt::widgets

namespace bt::app {

class OzgTaxonomy;
class Session;

// The start of every journey: what would you like to do, and the 14 OZG Themenfelder.
class HomeScreen : public Screen
{
    Q_OBJECT
public:
    HomeScreen(const OzgTaxonomy& taxonomy, const Session& session, QWidget* parent = nullptr);

    void retranslate() override;
    [[nodiscard]] widgets::TileButton* tileFor(const QString& themenfeldId) const;

Q_SIGNALS:
    void themenfeldChosen(const QString& themenfeldId);

private:
    const OzgTaxonomy& m_taxonomy;
    const Session& m_session;
    QLabel* m_title;
    QLabel* m_intro;
    widgets::TileGrid* m_tiles;
};

} // namespace bt::app
