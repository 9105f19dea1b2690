#include "ServiceScreen.h"

#include "Catalog.h"
#include "JourneyController.h"
#include "OriginAllowlist.h"
#include "QrCode.h"
#include "ScrollPage.h"
#include "ServiceTexts.h"
#include "Session.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::app {

namespace {

QString htmlList(const std::vector<LocalizedText>& items, const QString& language)
{
    QString html = QStringLiteral("<ul>");
    for (const LocalizedText& item : items) {
        html += QStringLiteral("<li>") + item.in(language).toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

ServiceScreen::ServiceScreen(const Catalog& catalog,
                             const JourneyController& journey,
                             const OriginAllowlist& browserAllowlist,
                             QWidget* parent)
    : Screen(parent)
    , m_catalog(catalog)
    , m_journey(journey)
    , m_session(journey.session())
    , m_browserAllowlist(browserAllowlist)
    , m_title(new QLabel(this))
    , m_officialName(new QLabel(this))
    , m_sections(new QVBoxLayout)
{
    setObjectName(QStringLiteral("serviceScreen"));
    m_title->setObjectName(QStringLiteral("serviceTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_officialName->setObjectName(QStringLiteral("officialName"));
    m_officialName->setWordWrap(true);
    m_sections->setContentsMargins(0, 0, 16, 0);
    m_sections->setSpacing(8);
    // The next step comes right after what it is: that is what a citizen came for.
    m_what = addSection(QStringLiteral("what"));
    m_how = addSection(QStringLiteral("how"));
    m_start = new QPushButton;
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setProperty("role", QStringLiteral("primary"));
    m_start->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_sections->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const Service* service = m_catalog.find(m_session.serviceKey())) {
            Q_EMIT formRequested(service->channel.formId);
        }
    });
    m_openHere = new QPushButton;
    m_openHere->setObjectName(QStringLiteral("openHereButton"));
    m_openHere->setProperty("role", QStringLiteral("primary"));
    m_openHere->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_sections->addWidget(m_openHere);
    connect(m_openHere, &QPushButton::clicked, this, [this] {
        if (const Service* service = m_catalog.find(m_session.serviceKey())) {
            Q_EMIT onlineServiceRequested(service->channel.url);
        }
    });
    m_onlineCode = new widgets::QrCode;
    m_onlineCode->setObjectName(QStringLiteral("onlineCode"));
    m_onlineCode->setFixedSize(260, 260);
    m_sections->addWidget(m_onlineCode);
    m_needs = addSection(QStringLiteral("needs"));
    m_cost = addSection(QStringLiteral("cost"));
    m_duration = addSection(QStringLiteral("duration"));
    m_responsible = addSection(QStringLiteral("responsible"));
    m_identification = addSection(QStringLiteral("identification"));
    m_sections->addStretch();
    auto* content = new QWidget;
    content->setLayout(m_sections);
    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_officialName);
    pageLayout()->addWidget(new ScrollPage(content, this), 1);
}

ServiceScreen::Section ServiceScreen::addSection(const QString& name)
{
    Section section{new QLabel, new QLabel};
    section.heading->setProperty("role", QStringLiteral("heading"));
    section.heading->setObjectName(name + QStringLiteral("Heading"));
    section.body->setObjectName(name + QStringLiteral("Body"));
    section.body->setWordWrap(true);
    section.body->setTextFormat(Qt::RichText);
    m_sections->addSpacing(12);
    m_sections->addWidget(section.heading);
    m_sections->addWidget(section.body);
    return section;
}

QString ServiceScreen::sectionText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void ServiceScreen::retranslate()
{
    const Service* service = m_catalog.find(m_session.serviceKey());
    if (!service) {
        return;
    }
    const QString language = m_session.language();
    m_title->setText(service->plainName.in(language));
    m_officialName->setText(tr("Official name: %1").arg(service->name.in(language)));

    m_what.heading->setText(tr("What is this?"));
    m_what.body->setText(service->description.in(language).toHtmlEscaped());

    m_needs.heading->setText(tr("What do I need?"));
    QString needs;
    if (!service->prerequisites.empty()) {
        needs += QStringLiteral("<p>") + tr("Who can apply:").toHtmlEscaped() + QStringLiteral("</p>") +
                 htmlList(service->prerequisites, language);
    }
    if (!service->documents.empty()) {
        needs += QStringLiteral("<p>") + tr("Please bring:").toHtmlEscaped() + QStringLiteral("</p>") +
                 htmlList(service->documents, language);
    }
    m_needs.body->setText(needs.isEmpty() ? tr("Nothing in particular.").toHtmlEscaped() : needs);

    m_cost.heading->setText(tr("What does it cost?"));
    m_cost.body->setText(ServiceTexts::fee(service->fee, language).toHtmlEscaped());

    m_duration.heading->setText(tr("How long does it take?"));
    m_duration.body->setText(service->processingTime.in(language).toHtmlEscaped());

    m_responsible.heading->setText(tr("Who is responsible?"));
    if (const Authority* authority = m_catalog.authority(service->authority)) {
        m_responsible.body->setText(
            QStringLiteral("<p><b>%1</b><br>%2<br>%3 %4</p><p>%5: %6<br>%7: %8</p><p>%9: %10</p>")
                .arg(authority->name.in(language).toHtmlEscaped(),
                     authority->address.street.toHtmlEscaped(),
                     authority->address.postalCode.toHtmlEscaped(),
                     authority->address.city.toHtmlEscaped(),
                     tr("Phone").toHtmlEscaped(),
                     authority->phone.toHtmlEscaped(),
                     tr("E-mail").toHtmlEscaped(),
                     authority->email.toHtmlEscaped(),
                     tr("Opening hours").toHtmlEscaped())
                .arg(authority->openingHours.in(language).toHtmlEscaped()));
    }

    m_identification.heading->setText(tr("How do I prove who I am?"));
    m_identification.body->setText(ServiceTexts::trustLevel(service->trustLevel).toHtmlEscaped());

    m_how.heading->setText(tr("How do I get it done?"));
    const bool atTerminal = service->channel.kind == Channel::Kind::Terminal;
    const bool canStart = atTerminal && m_journey.canEnter(JourneyStep::Form);
    const bool continuing = atTerminal && m_session.form().formId() == service->channel.formId;
    QString how = ServiceTexts::channel(service->channel);
    if (continuing && !canStart) {
        //: On the service page of a resumed draft, before the citizen has identified again.
        how += u"\n\n"_qs + tr("Your saved application is open. Once you have proved who you are, you continue "
                               "with your answers.");
    }
    m_how.body->setText(how.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    const bool online = service->channel.kind == Channel::Kind::Online;
    //: On a service page: starts the form of the service here at the terminal.
    m_start->setText(continuing ? tr("Continue my application") : tr("Start now"));
    m_start->setVisible(canStart);
    //: On a service page: opens the authority's online service in the terminal's browser.
    m_openHere->setText(tr("Open it here at the terminal"));
    m_openHere->setVisible(online && m_browserAllowlist.allows(service->channel.url));
    m_onlineCode->setVisible(online && m_onlineCode->setText(service->channel.url.toString()));
}

} // namespace bt::app
