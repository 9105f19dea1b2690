#include "TopicScreen.h"

#include "OzgTaxonomy.h"
#include "ScrollPage.h"
#include "Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bt::app {

namespace {

QLabel* makeLabel(const QString& role, const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    if (!role.isEmpty()) {
        label->setProperty("role", role);
    }
    return label;
}

} // namespace

TopicScreen::TopicScreen(const OzgTaxonomy& taxonomy, const Session& session, QWidget* parent)
    : Screen(parent)
    , m_taxonomy(taxonomy)
    , m_session(session)
    , m_title(makeLabel(QStringLiteral("title"), QStringLiteral("topicTitle")))
    , m_summary(makeLabel({}, QStringLiteral("topicSummary")))
    , m_citizenHeading(makeLabel(QStringLiteral("heading"), QStringLiteral("citizenHeading")))
    , m_citizenLagen(makeLabel({}, QStringLiteral("citizenLagen")))
    , m_businessHeading(makeLabel(QStringLiteral("heading"), QStringLiteral("businessHeading")))
    , m_businessLagen(makeLabel({}, QStringLiteral("businessLagen")))
{
    setObjectName(QStringLiteral("topicScreen"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 16, 0);
    layout->setSpacing(16);
    for (QLabel* label : {m_summary, m_citizenHeading, m_citizenLagen, m_businessHeading, m_businessLagen}) {
        layout->addWidget(label);
    }
    layout->addStretch();
    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(new ScrollPage(content, this), 1);
}

void TopicScreen::retranslate()
{
    const Themenfeld* field = m_taxonomy.find(m_session.topicId());
    if (!field) {
        return;
    }
    const QString language = m_session.language();
    QStringList citizen;
    QStringList business;
    for (const Lage& lage : field->lagen) {
        (lage.kind == Lage::Kind::Lebenslage ? citizen : business)
            .append(QStringLiteral("<li>") + lage.name.in(language).toHtmlEscaped() + QStringLiteral("</li>"));
    }
    m_title->setText(field->name.in(language));
    m_summary->setText(field->summary.in(language));
    m_citizenHeading->setText(tr("Life situations in this topic"));
    // A real list, so that a long name wraps under its own text, not under the bullet.
    const auto list = [](const QStringList& items) {
        return QStringLiteral("<ul>") + items.join(QString()) + QStringLiteral("</ul>");
    };
    m_citizenLagen->setText(list(citizen));
    m_businessHeading->setText(tr("For businesses"));
    m_businessLagen->setText(list(business));
    for (QLabel* label : {m_citizenHeading, m_citizenLagen}) {
        label->setVisible(!citizen.isEmpty());
    }
    for (QLabel* label : {m_businessHeading, m_businessLagen}) {
        label->setVisible(!business.isEmpty());
    }
}

} // namespace bt::app
