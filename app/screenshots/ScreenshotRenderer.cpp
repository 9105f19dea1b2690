#include "ScreenshotRenderer.h"

#include "AccessibilityOverlay.h"
#include "AttractScreen.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "FooterBar.h"
#include "FormScreen.h"
#include "HeaderBar.h"
#include "HelpOverlay.h"
#include "HomeScreen.h"
#include "IdentityData.h"
#include "KioskWindow.h"
#include "OutOfServiceScreen.h"
#include "OzgTaxonomy.h"
#include "ResumeScreen.h"
#include "SearchService.h"
#include "Session.h"
#include "TerminalConfig.h"
#include "Workflows.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>

namespace bt::app {

namespace {

struct Variant
{
    const char* name;
    widgets::ThemeSettings theme;
};

const Variant variants[] = {
    {"standard", {widgets::TextSize::Normal, widgets::Contrast::Standard}},
    {"large", {widgets::TextSize::ExtraLarge, widgets::Contrast::Standard}},
    {"contrast", {widgets::TextSize::Large, widgets::Contrast::High}},
};

struct Orientation
{
    const char* name;
    QSize size;
};

const Orientation orientations[] = {
    {"landscape", {1920, 1080}},
    {"portrait", {1080, 1920}},
};

// Language changes and style sheets are delivered as posted events; let them arrive before grabbing.
void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Search answers come from the search thread. (A batch tool: waiting here blocks no citizen.)
template <typename Condition> void waitUntil(Condition condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace

ScreenshotRenderer::ScreenshotRenderer(KioskWindow& window,
                                       Workflows& workflows,
                                       const LanguageManager& languages,
                                       const TerminalConfig& config,
                                       const OzgTaxonomy& taxonomy,
                                       const SearchService& search)
    : m_window(window)
    , m_workflows(workflows)
    , m_session(workflows.journey.session())
    , m_languages(languages)
    , m_config(config)
    , m_taxonomy(taxonomy)
    , m_search(search)
{}

bool ScreenshotRenderer::save(QWidget& widget, const QString& path, Failure* failure)
{
    settle();
    if (!widget.grab().toImage().save(path, "PNG")) {
        *failure = Failure(Failure::Code::Screenshots_NotWritten, QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    ++m_written;
    return true;
}

QWidget& ScreenshotRenderer::window() const
{
    return m_window;
}

void ScreenshotRenderer::startOver()
{
    if (m_workflows.journey.step() != JourneyStep::Attract) {
        m_workflows.journey.cancel();
    }
    part<widgets::ConfirmOverlay>()->close();
}

int ScreenshotRenderer::renderAll(const QString& directory, Failure* failure)
{
    m_written = 0;
    m_window.show();
    for (const Orientation& orientation : orientations) {
        const QString folder = QDir(directory).filePath(QString::fromLatin1(orientation.name));
        if (!QDir().mkpath(folder)) {
            *failure = Failure(Failure::Code::Screenshots_NotWritten, QStringLiteral("cannot create %1").arg(folder));
            return -1;
        }
        m_window.resize(orientation.size);
        for (const Variant& variant : variants) {
            for (const QString& language : m_config.languages) {
                const QString prefix =
                    QDir(folder).filePath(language + u'-' + QString::fromLatin1(variant.name) + u'-');
                const auto shot = [&](const char* name) {
                    // A kiosk screen has one size; a window that grew for a moment goes back to it.
                    settle();
                    m_window.resize(orientation.size);
                    return save(m_window, prefix + QString::fromLatin1(name) + QStringLiteral(".png"), failure);
                };
                startOver();
                m_session.setLanguage(language);
                m_session.setTheme(variant.theme);
                if (!shot("01-attract")) {
                    return -1;
                }
                Q_EMIT part<AttractScreen>()->languageChosen(language);
                m_session.setTheme(variant.theme);
                if (!shot("02-home")) {
                    return -1;
                }
                part<HelpOverlay>()->open();
                if (!shot("03-help")) {
                    return -1;
                }
                part<HelpOverlay>()->close();
                Q_EMIT part<HeaderBar>()->readingAidsRequested();
                if (!shot("04-reading-aids")) {
                    return -1;
                }
                part<widgets::AccessibilityOverlay>()->close();
                part<widgets::CountdownOverlay>()->setSecondsLeft(27);
                part<widgets::CountdownOverlay>()->open();
                if (!shot("05-still-there")) {
                    return -1;
                }
                part<widgets::CountdownOverlay>()->close();
                // Searching: a hit list, the page of the first hit, and what nothing found looks like.
                if (m_search.isReady()) {
                    HomeScreen* home = part<HomeScreen>();
                    // A service done online: its page shows the QR code to continue at home.
                    home->searchField()->setText(language == u"en" ? QStringLiteral("tax return")
                                                                   : QStringLiteral("Steuererklärung"));
                    waitUntil([home] { return !home->shownResults().isEmpty(); });
                    // As a citizen sees it while typing: with the on-screen keyboard. (Focus
                    // changes reach only the active window.)
                    QApplication::setActiveWindow(&m_window);
                    home->searchField()->setFocus();
                    if (!shot("06-search")) {
                        return -1;
                    }
                    home->searchField()->clearFocus();
                    m_workflows.journey.chooseService(home->shownResults().value(0));
                    if (!shot("07-service")) {
                        return -1;
                    }
                    part<FooterBar>()->backButton()->click();
                    home->searchField()->setText(QStringLiteral("Xylophonunterricht"));
                    waitUntil([home] { return home->isShowingResults() && home->shownResults().isEmpty(); });
                    if (!shot("08-nothing-found")) {
                        return -1;
                    }
                    home->searchField()->clear();
                }
                m_workflows.journey.openServiceIndex();
                if (!shot("09-a-to-z")) {
                    return -1;
                }
                part<FooterBar>()->backButton()->click();
                // "Antrag fortsetzen" after a mistyped code.
                m_workflows.journey.openResumeDraft();
                part<ResumeScreen>()->codeField()->setText(QStringLiteral("K7QM-X2PD-9RWT-H4NC"));
                DraftOpening wrongCode;
                wrongCode.status = DraftOpening::Status::WrongCode;
                wrongCode.attemptsLeft = 3;
                part<ResumeScreen>()->showOutcome(wrongCode, m_config.draftKeepDays);
                if (!shot("15-resume-wrong-code")) {
                    return -1;
                }
                part<FooterBar>()->backButton()->click();
                // The first topic and one with Unternehmenslagen as well.
                int topicNumber = 10;
                for (const char* id : {"arbeit-ruhestand", "bauen-wohnen"}) {
                    if (!m_taxonomy.find(QString::fromLatin1(id))) {
                        continue;
                    }
                    m_workflows.journey.chooseThemenfeld(QString::fromLatin1(id));
                    const QString name = QStringLiteral("%1-topic-%2")
                                             .arg(topicNumber++, 2, 10, QChar(u'0'))
                                             .arg(QString::fromLatin1(id));
                    if (!save(m_window, prefix + name + QStringLiteral(".png"), failure)) {
                        return -1;
                    }
                }
                // The guided form as a citizen sees it after "Weiter" on an empty first step, as if
                // identified with the ID card (which the form of this service needs): the card's
                // answers locked, with the specimen card's name.
                m_workflows.journey.chooseService(QStringLiteral("local:sperrmuell-abholung"));
                m_session.setAchievedTrustLevel(TrustLevel::High);
                m_session.setPersonalValue(identityData::familyName, u"Mustermann");
                m_session.setPersonalValue(identityData::givenNames, u"Erika");
                m_workflows.form.start(QStringLiteral("sperrmuell"));
                if (m_session.form().isOpen()) {
                    part<FormScreen>()->nextButton()->click();
                    if (!shot("14-form-step")) {
                        return -1;
                    }
                }
                m_workflows.journey.requestStartOver();
                if (!shot("12-start-over")) {
                    return -1;
                }
                part<widgets::ConfirmOverlay>()->close();
            }
            // Language independent: it shows every language at once.
            m_session.setTheme(variant.theme);
            OutOfServiceScreen outOfService(m_languages);
            outOfService.resize(orientation.size);
            outOfService.show();
            if (!save(outOfService,
                      QDir(folder).filePath(
                          QStringLiteral("all-%1-13-out-of-order.png").arg(QString::fromLatin1(variant.name))),
                      failure)) {
                return -1;
            }
        }
    }
    // Leave the terminal as a citizen would find it.
    startOver();
    return m_written;
}

} // namespace bt::app
