#pragma once

#include "Screen.h"

class QLabel;

namespace bt::app {

class OzgTaxonomy;
class Session;

// One OZG Themenfeld: what it covers and its Lebenslagen and Unternehmenslagen.
class TopicScreen : public Screen
{
    Q_OBJECT
public:
    TopicScreen(const OzgTaxonomy& taxonomy, const Session& session, QWidget* parent = nullptr);

    // Shows the Themenfeld the session has chosen.
    void retranslate() override;

private:
    const OzgTaxonomy& m_taxonomy;
    const Session& m_session;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_citizenHeading;
    QLabel* m_citizenLagen;
    QLabel* m_businessHeading;
    QLabel* m_businessLagen;
};

} // namespace bt::app
