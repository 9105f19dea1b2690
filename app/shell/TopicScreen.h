#pragma once

#include "Screen.h"

class QLabel;
class QVBoxLayout;

namespace bt::widgets {
class TileButton;
}

namespace bt::app {

class Catalog;
class OzgTaxonomy;
class Session;

// One OZG Themenfeld: what it covers, and its services grouped by Lebenslage (then the
// Unternehmenslagen for businesses).
class TopicScreen : public Screen
{
    Q_OBJECT
public:
    TopicScreen(const OzgTaxonomy& taxonomy, const Catalog& catalog, const Session& session, QWidget* parent = nullptr);

    // Shows the Themenfeld the session has chosen.
    void retranslate() override;
    [[nodiscard]] widgets::TileButton* serviceTile(const QString& serviceKey) const;

Q_SIGNALS:
    void serviceChosen(const QString& serviceKey);

private:
    const OzgTaxonomy& m_taxonomy;
    const Catalog& m_catalog;
    const Session& m_session;
    QLabel* m_title;
    QLabel* m_summary;
    QWidget* m_groups;
    QVBoxLayout* m_groupsLayout;
};

} // namespace bt::app
