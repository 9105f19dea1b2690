#include "HeaderBar.h"

#include "CoatOfArms.h"
#include "LanguageManager.h"
#include "LanguagePicker.h"
#include "TerminalConfig.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bt::app {

HeaderBar::HeaderBar(const TerminalConfig& config, QWidget* parent)
    : QFrame(parent)
    , m_crest(new QLabel(this))
    , m_town(new QLabel(this))
    , m_languagePicker(new widgets::LanguagePicker(this))
    , m_readingAidsButton(new QPushButton(this))
    , m_helpButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("headerBar"));
    setProperty("role", QStringLiteral("bar"));
    m_crest->setPixmap(coatOfArms(config.coatOfArmsPath, 72, devicePixelRatioF()));
    m_town->setText(config.townName);
    m_town->setProperty("role", QStringLiteral("heading"));
    m_readingAidsButton->setObjectName(QStringLiteral("readingAidsButton"));
    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setProperty("role", QStringLiteral("primary"));

    std::vector<widgets::LanguagePicker::Language> offered;
    for (const QString& code : config.languages) {
        offered.push_back({code, LanguageManager::endonym(code)});
    }
    m_languagePicker->setLanguages(offered);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 8, 32, 8);
    layout->setSpacing(20);
    layout->addWidget(m_crest);
    layout->addWidget(m_town);
    layout->addStretch();
    layout->addWidget(m_languagePicker);
    layout->addSpacing(12);
    layout->addWidget(m_readingAidsButton);
    layout->addWidget(m_helpButton);

    connect(m_languagePicker, &widgets::LanguagePicker::languageChosen, this, &HeaderBar::languageChosen);
    connect(m_readingAidsButton, &QPushButton::clicked, this, &HeaderBar::readingAidsRequested);
    connect(m_helpButton, &QPushButton::clicked, this, &HeaderBar::helpRequested);
    retranslate();
}

void HeaderBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void HeaderBar::retranslate()
{
    m_readingAidsButton->setText(tr("Text size && contrast"));
    m_helpButton->setText(tr("Help"));
}

} // namespace bt::app
