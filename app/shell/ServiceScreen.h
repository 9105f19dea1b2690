#pragma once

#include "Screen.h"

#include <vector>

class QLabel;
class QPushButton;

namespace bt::widgets {
class QrCode;
}

namespace bt::app {

class Catalog;
class JourneyController;
class OriginAllowlist;
class Session;

// One service, laid out for a citizen: what it is, what it needs, what it costs, who is
// responsible, how to identify and how it is done.
class ServiceScreen : public Screen
{
    Q_OBJECT
public:
    // browserAllowlist: the online services that may open at the terminal (empty: none). The
    // journey says whether the form can start now (the citizen is identified as far as the
    // service needs) and whether this service's form is already open (a resumed draft).
    ServiceScreen(const Catalog& catalog,
                  const JourneyController& journey,
                  const OriginAllowlist& browserAllowlist,
                  QWidget* parent = nullptr);

    // Shows the service the session has chosen.
    void retranslate() override;
    [[nodiscard]] QString sectionText(const QString& objectName) const;
    [[nodiscard]] widgets::QrCode* onlineCode() const { return m_onlineCode; }
    [[nodiscard]] QPushButton* openHereButton() const { return m_openHere; }
    [[nodiscard]] QPushButton* startButton() const { return m_start; }

Q_SIGNALS:
    void onlineServiceRequested(const QUrl& url);
    void formRequested(const QString& formId);

private:
    struct Section
    {
        QLabel* heading;
        QLabel* body;
    };
    Section addSection(const QString& name);

    const Catalog& m_catalog;
    const JourneyController& m_journey;
    const Session& m_session;
    const OriginAllowlist& m_browserAllowlist;
    QLabel* m_title;
    QLabel* m_officialName;
    Section m_what;
    Section m_needs;
    Section m_cost;
    Section m_duration;
    Section m_responsible;
    Section m_identification;
    Section m_how;
    QPushButton* m_start;
    QPushButton* m_openHere;
    widgets::QrCode* m_onlineCode;
    class QVBoxLayout* m_sections;
};

} // namespace bt::app
