#include "KioskWindow.h"

#include "AccessibilityOverlay.h"
#include "AttractScreen.h"
#include "BrowserScreen.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "DraftSavedOverlay.h"
#include "FooterBar.h"
#include "FormScreen.h"
#include "HeaderBar.h"
#include "HelpOverlay.h"
#include "HomeScreen.h"
#include "IdleWatcher.h"
#include "KeyboardDock.h"
#include "LanguageManager.h"
#include "LanguagePicker.h"
#include "Logging.h"
#include "OnScreenKeyboard.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ScreenStack.h"
#include "ServiceIndexScreen.h"
#include "ServiceScreen.h"
#include "Session.h"
#include "StartOverOverlay.h"
#include "TerminalConfig.h"
#include "Theme.h"
#include "TopicScreen.h"
#include "TypedTextWipe.h"
#include "Workflows.h"

#include <QApplication>
#include <QCloseEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace bt::app {

KioskWindow::KioskWindow(Mode mode,
                         const TerminalConfig& config,
                         const OzgTaxonomy& taxonomy,
                         const Catalog& catalog,
                         SearchService* search,
                         Workflows& workflows,
                         IdleWatcher& idleWatcher,
                         const Clock& clock,
                         LanguageManager& languages,
                         StaffCall* staffCall,
                         QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_workflows(workflows)
    , m_languages(languages)
    , m_header(new HeaderBar(config, this))
    , m_stack(new ScreenStack(this))
    , m_footer(new FooterBar(this))
    , m_countdown(new widgets::CountdownOverlay(this))
    , m_startOver(new StartOverOverlay(this))
    , m_readingAids(new widgets::AccessibilityOverlay(this))
    , m_help(new HelpOverlay(config.serviceDesk, staffCall, this))
    , m_draftSaved(new DraftSavedOverlay(workflows.drafts, workflows.journey.session(), this))
{
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setAcceptDrops(false);
    setWindowTitle(tr("Citizen terminal"));
    Session& session = m_workflows.journey.session();
    addScreen(JourneyStep::Attract, new AttractScreen(config, languages, m_stack));
    addScreen(JourneyStep::Home, new HomeScreen(taxonomy, catalog, session, search, m_stack));
    addScreen(JourneyStep::Topic, new TopicScreen(taxonomy, catalog, session, m_stack));
    addScreen(JourneyStep::ServicePage,
              new ServiceScreen(catalog, m_workflows.journey, m_workflows.browser.allowlist(), m_stack));
    addScreen(JourneyStep::ServiceIndex, new ServiceIndexScreen(catalog, session, m_stack));
    addScreen(JourneyStep::Form, new FormScreen(m_workflows.form, session.form(), clock, m_stack));
    addScreen(JourneyStep::Review, new ReviewScreen(session.form(), m_stack));
    addScreen(JourneyStep::ResumeDraft, new ResumeScreen(m_workflows.drafts, m_stack));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    if (config.onScreenKeyboard) {
        // In the layout, not over it: the screen shrinks, so the field and the results being
        // typed for stay in sight.
        auto* keyboard = new widgets::OnScreenKeyboard(this);
        layout->addWidget(keyboard);
        m_keyboard = new KeyboardDock(
            *keyboard,
            *this,
            [this] { return currentScreen(); },
            [this] { return m_workflows.journey.step() != JourneyStep::Attract; });
    }
    layout->addWidget(m_footer);
    if (m_mode == Mode::Kiosk) {
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    }

    connect(&m_workflows.journey, &JourneyController::stepChanged, this, &KioskWindow::onStepChanged);
    connect(&session, &Session::languageChanged, this, &KioskWindow::onLanguageChanged);
    connect(&session, &Session::themeChanged, this, &KioskWindow::onThemeChanged);
    connect(&session, &Session::wiped, this, &KioskWindow::onWiped);
    connectScreens();
    connectOverlays(idleWatcher);

    onLanguageChanged(session.language());
    onThemeChanged(session.theme());
    onStepChanged(m_workflows.journey.step());
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::addScreen(JourneyStep step, Screen* screen)
{
    m_screens.insert(step, screen);
    m_stack->addWidget(screen);
}

void KioskWindow::connectScreens()
{
    JourneyController& journey = m_workflows.journey;
    DraftWorkflow& drafts = m_workflows.drafts;
    auto* attract = static_cast<AttractScreen*>(m_screens.value(JourneyStep::Attract));
    auto* home = static_cast<HomeScreen*>(m_screens.value(JourneyStep::Home));
    auto* service = static_cast<ServiceScreen*>(m_screens.value(JourneyStep::ServicePage));
    auto* form = static_cast<FormScreen*>(m_screens.value(JourneyStep::Form));
    auto* review = static_cast<ReviewScreen*>(m_screens.value(JourneyStep::Review));

    connect(attract, &AttractScreen::touched, &journey, [&journey] { journey.start(journey.session().language()); });
    connect(attract, &AttractScreen::languageChosen, &journey, &JourneyController::start);
    connect(home, &HomeScreen::themenfeldChosen, &journey, &JourneyController::chooseThemenfeld);
    connect(home, &HomeScreen::serviceIndexRequested, &journey, &JourneyController::openServiceIndex);
    connect(home, &HomeScreen::resumeRequested, &journey, &JourneyController::openResumeDraft);
    connect(home, &HomeScreen::serviceChosen, &journey, &JourneyController::chooseService);
    connect(static_cast<TopicScreen*>(m_screens.value(JourneyStep::Topic)),
            &TopicScreen::serviceChosen,
            &journey,
            &JourneyController::chooseService);
    connect(static_cast<ServiceIndexScreen*>(m_screens.value(JourneyStep::ServiceIndex)),
            &ServiceIndexScreen::serviceChosen,
            &journey,
            &JourneyController::chooseService);
    connect(service, &ServiceScreen::onlineServiceRequested, &m_workflows.browser, &BrowserWorkflow::open);
    connect(service, &ServiceScreen::formRequested, &m_workflows.form, &FormWorkflow::start);
    connect(review, &ReviewScreen::editRequested, &m_workflows.form, &FormWorkflow::edit);
    connect(review, &ReviewScreen::draftRequested, &m_workflows.form, qOverload<>(&FormWorkflow::saveForLater));
    const auto showDraftsAvailable = [home, form, review](bool available) {
        home->setResumeAvailable(available);
        form->setDraftsAvailable(available);
        review->setDraftsAvailable(available);
    };
    connect(&drafts, &DraftWorkflow::availabilityChanged, this, showDraftsAvailable);
    showDraftsAvailable(drafts.isAvailable());
    connect(&m_workflows.browser, &BrowserWorkflow::pageRequested, this, [this](const QUrl& url) {
        browserScreen()->open(url);
    });
    // The browser holds the last citizen's cookies, history and form entries in memory: it goes
    // entirely, out of the window at once; the next citizen gets a new one.
    connect(&m_workflows.browser, &BrowserWorkflow::ended, this, [this] {
        m_screens.remove(JourneyStep::OnlineService);
        if (BrowserScreen* browser = std::exchange(m_browser, nullptr)) {
            browser->setParent(nullptr); // leaves the screen stack too
            browser->deleteLater();
        }
    });
}

void KioskWindow::connectOverlays(IdleWatcher& idleWatcher)
{
    JourneyController& journey = m_workflows.journey;
    connect(m_header, &HeaderBar::languageChosen, &journey.session(), &Session::setLanguage);
    connect(m_header, &HeaderBar::readingAidsRequested, m_readingAids, &widgets::AccessibilityOverlay::open);
    connect(m_header, &HeaderBar::helpRequested, m_help, &HelpOverlay::open);
    connect(m_footer, &FooterBar::backRequested, &journey, &JourneyController::back);
    connect(m_footer, &FooterBar::startOverRequested, &journey, &JourneyController::requestStartOver);
    connect(&journey, &JourneyController::confirmationNeeded, m_startOver, &widgets::ConfirmOverlay::open);
    connect(m_startOver, &widgets::ConfirmOverlay::confirmed, &journey, &JourneyController::cancel);
    connect(m_readingAids, &widgets::AccessibilityOverlay::settingsChosen, &journey.session(), &Session::setTheme);
    connect(m_readingAids, &widgets::AccessibilityOverlay::speechChosen, &journey.session(), &Session::setSpeech);
    connect(
        &journey.session(), &Session::speechChanged, m_readingAids, &widgets::AccessibilityOverlay::setSpeechSettings);
    connect(m_readingAids,
            &widgets::AccessibilityOverlay::speechRepeatRequested,
            this,
            &KioskWindow::speechRepeatRequested);
    connect(
        m_readingAids, &widgets::AccessibilityOverlay::speechPauseRequested, this, &KioskWindow::speechPauseRequested);
    m_readingAids->setSpeechSettings(journey.session().speech());

    connect(m_draftSaved, &DraftSavedOverlay::done, &journey, &JourneyController::finish);
    connect(&idleWatcher, &IdleWatcher::countdownStarted, m_countdown, [this](int secondsLeft) {
        m_countdown->setSecondsLeft(secondsLeft);
        m_countdown->open();
    });
    connect(&idleWatcher, &IdleWatcher::countdownTicked, m_countdown, &widgets::CountdownOverlay::setSecondsLeft);
    connect(&idleWatcher, &IdleWatcher::countdownCancelled, m_countdown, &widgets::CountdownOverlay::close);
    connect(m_countdown, &widgets::CountdownOverlay::continueRequested, &idleWatcher, &IdleWatcher::reportActivity);
}

void KioskWindow::allowClose()
{
    m_closeAllowed = true;
}

Screen* KioskWindow::currentScreen() const
{
    return static_cast<Screen*>(m_stack->currentWidget());
}

BrowserScreen* KioskWindow::browserScreen()
{
    if (!m_browser) {
        m_browser = new BrowserScreen(m_workflows.browser.allowlist(), m_workflows.journey.session(), m_stack);
        connect(m_browser, &BrowserScreen::returnRequested, &m_workflows.browser, &BrowserWorkflow::leave);
        addScreen(JourneyStep::OnlineService, m_browser);
    }
    return m_browser;
}

void KioskWindow::onStepChanged(JourneyStep step)
{
    Screen* screen = step == JourneyStep::OnlineService ? browserScreen() : m_screens.value(step);
    if (!screen) {
        // Later steps bring their own screens; the journey cannot reach them before that.
        qCWarning(lcAppShell) << "no screen for step" << stepName(step);
        return;
    }
    screen->retranslate();
    Screen* previous = currentScreen();
    if (previous && previous != screen) {
        previous->setKeyboardShown(false);
    }
    // A code that opened its draft (or was left) does not stay on a screen.
    if (previous == m_screens.value(JourneyStep::ResumeDraft) && previous != screen) {
        previous->reset();
    }
    m_stack->setCurrentWidget(screen);
    const bool inJourney = step != JourneyStep::Attract;
    m_header->setVisible(inJourney);
    m_footer->setVisible(inJourney);
    m_footer->setBackVisible(m_workflows.journey.canGoBack());
    screen->setFocus();
}

void KioskWindow::onLanguageChanged(const QString& code)
{
    m_languages.setLanguage(code);
    m_header->languagePicker()->setCurrentLanguage(code);
    static_cast<AttractScreen*>(m_screens.value(JourneyStep::Attract))->languagePicker()->setCurrentLanguage(code);
    setLocale(QLocale(code));
}

void KioskWindow::onThemeChanged(widgets::ThemeSettings theme)
{
    if (auto* application = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        widgets::Theme(theme).applyTo(*application);
    }
    m_readingAids->setSettings(theme);
    if (m_browser) {
        m_browser->retranslate(); // web pages zoom with the text size
    }
}

void KioskWindow::onWiped()
{
    for (widgets::OverlayPanel* overlay :
         std::initializer_list<widgets::OverlayPanel*>{m_draftSaved, m_countdown, m_startOver, m_readingAids, m_help}) {
        overlay->close();
    }
    m_help->setCallState(HelpOverlay::CallState::Ready);
    for (Screen* screen : std::as_const(m_screens)) {
        screen->reset();
    }
    if (m_keyboard) {
        m_keyboard->hide(); // the start screen has no field
    }
    forgetTypedText(*this); // and whatever an editor or the clipboard still holds
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_mode == Mode::Kiosk && !m_closeAllowed) {
        qCInfo(lcAppShell) << "refused to close the kiosk window";
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::changeEvent(QEvent* event)
{
    // Something else came to the front (a stray dialog of the system): take the screen back.
    if (event->type() == QEvent::ActivationChange && m_mode == Mode::Kiosk && !isActiveWindow() && isVisible()) {
        QTimer::singleShot(0, this, [this] {
            raise();
            activateWindow();
        });
    }
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Citizen terminal"));
    }
    QWidget::changeEvent(event);
}

} // namespace bt::app
