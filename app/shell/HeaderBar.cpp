#include "HeaderBar.h"

#include "CoatOfArms.h"
#include "LanguageManager.h"
#include "LanguagePicker.h"
#include "TerminalConfig.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(32, 8, 32, 8);
    rows->setSpacing(8);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    for (QHBoxLayout* row : {m_firstRow, m_secondRow}) {
        row->setSpacing(20);
        rows->addLayout(row);
    }
    for (QPushButton* button : {m_readingAidsButton, m_helpButton}) {
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    m_languagePicker->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    arrange(width());

    connect(m_languagePicker, &widgets::LanguagePicker::languageChosen, this, &HeaderBar::languageChosen);
    connect(m_readingAidsButton, &QPushButton::clicked, this, &HeaderBar::readingAidsRequested);
    connect(m_helpButton, &QPushButton::clicked, this, &HeaderBar::helpRequested);
    retranslate();
}

void HeaderBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        arrange(width());
    } else if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        arrange(width());
    }
    QFrame::changeEvent(event);
}

void HeaderBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    // The window may get narrower than one row needs (turned to portrait): arrange() then
    // breaks the header into two rows instead of the header holding the window wide.
    setMinimumWidth(1);
    arrange(width());
}

int HeaderBar::singleRowWidth() const
{
    const QMargins margins = layout()->contentsMargins();
    int width = margins.left() + margins.right() + 4 * m_firstRow->spacing();
    for (const QWidget* widget : {static_cast<const QWidget*>(m_crest),
                                  static_cast<const QWidget*>(m_town),
                                  static_cast<const QWidget*>(m_languagePicker),
                                  static_cast<const QWidget*>(m_readingAidsButton),
                                  static_cast<const QWidget*>(m_helpButton)}) {
        width += widget->sizeHint().width();
    }
    return width;
}

void HeaderBar::arrange(int width)
{
    const bool twoRows = width < singleRowWidth();
    if (twoRows == m_twoRows && m_firstRow->count() > 0) {
        return;
    }
    m_twoRows = twoRows;
    for (QHBoxLayout* row : {m_firstRow, m_secondRow}) {
        while (QLayoutItem* item = row->takeAt(0)) {
            delete item; // the widgets stay; only their places are rebuilt
        }
    }
    m_firstRow->addWidget(m_crest);
    m_firstRow->addWidget(m_town);
    m_firstRow->addStretch();
    QHBoxLayout* tools = twoRows ? m_secondRow : m_firstRow;
    tools->addWidget(m_languagePicker);
    tools->addStretch(twoRows ? 1 : 0);
    tools->addWidget(m_readingAidsButton);
    m_firstRow->addWidget(m_helpButton);
}

void HeaderBar::retranslate()
{
    m_crest->setAccessibleName(coatOfArmsName(m_town->text()));
    //: Opens the reading aids: text size, contrast and reading aloud.
    m_readingAidsButton->setText(tr("Text, contrast, speech"));
    m_helpButton->setText(tr("Help"));
}

} // namespace bt::app
