#include "AttractScreen.h"

#include "CoatOfArms.h"
#include "LanguageManager.h"
#include "LanguagePicker.h"
#include "TerminalConfig.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace bt::app {

namespace {
// Kept as a source text so lupdate finds it; translated per language with LanguageManager::translate.
const char* const invitationText = QT_TRANSLATE_NOOP("bt::app::AttractScreen", "Please touch the screen");
} // namespace

AttractScreen::AttractScreen(const TerminalConfig& config, const LanguageManager& languages, QWidget* parent)
    : Screen(parent)
    , m_languages(languages)
    , m_offered(config.languages)
    , m_crest(new QLabel(this))
    , m_town(new QLabel(this))
    , m_invitations(new QVBoxLayout)
    , m_languagePicker(new widgets::LanguagePicker(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    m_crest->setAlignment(Qt::AlignCenter);
    m_crest->setPixmap(coatOfArms(config.coatOfArmsPath, 240, devicePixelRatioF()));
    m_town->setText(config.townName);
    m_town->setProperty("role", QStringLiteral("title"));
    m_town->setAlignment(Qt::AlignCenter);
    m_invitations->setSpacing(8);

    std::vector<widgets::LanguagePicker::Language> offered;
    for (const QString& code : config.languages) {
        offered.push_back({code, LanguageManager::endonym(code)});
    }
    m_languagePicker->setLanguages(offered);
    connect(m_languagePicker, &widgets::LanguagePicker::languageChosen, this, &AttractScreen::languageChosen);

    pageLayout()->addStretch(2);
    pageLayout()->addWidget(m_crest);
    pageLayout()->addWidget(m_town);
    pageLayout()->addSpacing(32);
    pageLayout()->addLayout(m_invitations);
    pageLayout()->addStretch(1);
    pageLayout()->addWidget(m_languagePicker, 0, Qt::AlignHCenter);
    pageLayout()->addStretch(1);
    retranslate();
}

void AttractScreen::retranslate()
{
    m_crest->setAccessibleName(coatOfArmsName(m_town->text()));
    while (QLayoutItem* item = m_invitations->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The first line is the terminal's default language and the largest.
    bool first = true;
    for (const QString& code : m_offered) {
        auto* line = new QLabel(m_languages.translate(code, "bt::app::AttractScreen", invitationText), this);
        line->setProperty("role", first ? QStringLiteral("title") : QStringLiteral("heading"));
        line->setAlignment(Qt::AlignCenter);
        line->setWordWrap(true);
        line->setLocale(QLocale(code));
        m_invitations->addWidget(line);
        first = false;
    }
}

void AttractScreen::mouseReleaseEvent(QMouseEvent* event)
{
    Q_EMIT touched();
    event->accept();
}

void AttractScreen::keyReleaseEvent(QKeyEvent* event)
{
    // A tactile keypad's OK key starts a session just as a touch does.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT touched();
        event->accept();
        return;
    }
    Screen::keyReleaseEvent(event);
}

} // namespace bt::app
