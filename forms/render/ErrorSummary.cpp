#include "ErrorSummary.h"

#include "StatusIcon.h"
#include "TextButton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bt::forms {

ErrorSummary::ErrorSummary(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_lines(new QVBoxLayout)
{
    setObjectName(QStringLiteral("errorSummary"));
    setProperty("role", QStringLiteral("summary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    auto* icon = new widgets::StatusIcon(widgets::StatusIcon::Kind::Warning, this);
    icon->setProperty("role", QStringLiteral("errorIcon"));
    header->addWidget(icon, 0, Qt::AlignVCenter);
    m_heading->setObjectName(QStringLiteral("summaryHeading"));
    m_heading->setProperty("role", QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    header->addWidget(m_heading, 1);
    layout->addLayout(header);
    m_lines->setSpacing(2);
    layout->addLayout(m_lines);
    hide();
    retranslate();
}

void ErrorSummary::setLines(std::vector<Line> lines)
{
    for (QAbstractButton* button : m_buttons) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    for (Line& line : lines) {
        auto* button = new widgets::TextButton(line.text, this);
        button->setProperty("role", QStringLiteral("summaryLink"));
        connect(button, &QAbstractButton::clicked, this, std::move(line.go));
        m_lines->addWidget(button);
        m_buttons.push_back(button);
    }
    setVisible(!m_buttons.empty());
}

QList<QAbstractButton*> ErrorSummary::lineButtons() const
{
    return {m_buttons.begin(), m_buttons.end()};
}

void ErrorSummary::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void ErrorSummary::retranslate()
{
    //: Heading of the box that lists what is wrong in a form step.
    m_heading->setText(tr("Please check these entries:"));
}

} // namespace bt::forms
