#include "KioskWindow.h"

#include "AccessibilityOverlay.h"
#include "AttractScreen.h"
#include "BrowserScreen.h"
#include "Catalog.h"
#include "ConfirmOverlay.h"
#include "CountdownOverlay.h"
#include "DraftCodeSlip.h"
#include "DraftSavedOverlay.h"
#include "DraftService.h"
#include "FooterBar.h"
#include "FormScreen.h"
#include "HeaderBar.h"
#include "HelpOverlay.h"
#include "HomeScreen.h"
#include "IdentityPrefill.h"
#include "IdleWatcher.h"
#include "KioskBrowser.h"
#include "LanguageManager.h"
#include "LanguagePicker.h"
#include "Logging.h"
#include "OnScreenKeyboard.h"
#include "Printer.h"
#include "ResumeScreen.h"
#include "ReviewScreen.h"
#include "ScreenStack.h"
#include "SearchService.h"
#include "ServiceIndexScreen.h"
#include "ServiceScreen.h"
#include "Session.h"
#include "StaffCall.h"
#include "TerminalConfig.h"
#include "TopicScreen.h"
#include "TypedTextWipe.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QGuiApplication>
#include <QInputMethod>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bt::app {

KioskWindow::KioskWindow(Mode mode,
                         const TerminalConfig& config,
                         const OzgTaxonomy& taxonomy,
                         const Catalog& catalog,
                         SearchService* search,
                         Session& session,
                         Journey& journey,
                         IdleWatcher& idleWatcher,
                         const Clock& clock,
                         LanguageManager& languages,
                         StaffCall* staffCall,
                         QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_catalog(catalog)
    , m_session(session)
    , m_journey(journey)
    , m_idleWatcher(idleWatcher)
    , m_clock(clock)
    , m_languages(languages)
    , m_staffCall(staffCall)
    , m_search(search)
    , m_browserAllowlist(config.browserAllowlist.isEmpty() || !KioskBrowser::isAvailable() ? OriginAllowlist()
                                                                                           : config.browserAllowlist)
    , m_header(new HeaderBar(config, this))
    , m_stack(new ScreenStack(this))
    , m_keyboard(config.onScreenKeyboard ? new widgets::OnScreenKeyboard(this) : nullptr)
    , m_footer(new FooterBar(this))
    , m_attract(new AttractScreen(config, languages, m_stack))
    , m_home(new HomeScreen(taxonomy, catalog, session, search, m_stack))
    , m_topic(new TopicScreen(taxonomy, catalog, session, m_stack))
    , m_service(new ServiceScreen(
          catalog,
          session,
          m_browserAllowlist.isEmpty() ? nullptr : &m_browserAllowlist,
          [this] { return m_journey.check(JourneyStep::Form) == JourneyRefusal::None; },
          m_stack))
    , m_index(new ServiceIndexScreen(catalog, session, m_stack))
    , m_formScreen(new FormScreen(clock, m_stack))
    , m_review(new ReviewScreen(*m_formScreen, m_stack))
    , m_resume(new ResumeScreen(m_stack))
    , m_countdown(new widgets::CountdownOverlay(this))
    , m_startOver(new widgets::ConfirmOverlay(this,
                                              [] {
                                                  return widgets::ConfirmOverlay::Texts{
                                                      tr("Cancel and start over?"),
                                                      tr("Everything you have entered will be deleted."),
                                                      tr("Yes, delete everything"),
                                                      tr("No, go on")};
                                              }))
    , m_readingAids(new widgets::AccessibilityOverlay(this))
    , m_help(new HelpOverlay(config.serviceDesk, staffCall != nullptr, this))
    , m_draftSaved(new DraftSavedOverlay(this))
{
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setAcceptDrops(false);
    setWindowTitle(tr("Citizen terminal"));
    m_startOver->setObjectName(QStringLiteral("startOverOverlay"));
    for (Screen* screen : {static_cast<Screen*>(m_attract),
                           static_cast<Screen*>(m_home),
                           static_cast<Screen*>(m_topic),
                           static_cast<Screen*>(m_service),
                           static_cast<Screen*>(m_index),
                           static_cast<Screen*>(m_formScreen),
                           static_cast<Screen*>(m_review),
                           static_cast<Screen*>(m_resume)}) {
        m_stack->addWidget(screen);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    if (m_keyboard) {
        // In the layout, not over it: the screen shrinks, so the field and the results
        // being typed for stay in sight.
        layout->addWidget(m_keyboard);
        m_keyboard->hide();
        // Decided once the focus has settled: switching screens passes the focus through
        // the next field in the chain for a moment, and the keyboard must not flash up.
        auto* settledFocus = new QTimer(this);
        settledFocus->setSingleShot(true);
        settledFocus->setInterval(0);
        connect(settledFocus, &QTimer::timeout, this, &KioskWindow::updateKeyboard);
        const auto scheduleUpdate = [settledFocus] { settledFocus->start(); };
        connect(qApp, &QApplication::focusChanged, settledFocus, scheduleUpdate);
        // Fields inside a web page do not change the widget focus; they update the input method.
        connect(QGuiApplication::inputMethod(), &QInputMethod::cursorRectangleChanged, settledFocus, scheduleUpdate);
        connect(m_keyboard, &widgets::OnScreenKeyboard::doneRequested, this, [this] {
            if (Screen* screen = currentScreen()) {
                screen->setFocus();
            }
        });
    }
    layout->addWidget(m_footer);

    if (m_mode == Mode::Kiosk) {
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    }

    connect(&m_journey, &Journey::stepChanged, this, &KioskWindow::onStepChanged);
    connect(&m_session, &Session::languageChanged, this, &KioskWindow::onSessionLanguageChanged);
    connect(&m_session, &Session::themeChanged, this, &KioskWindow::onThemeChanged);
    connect(&m_session, &Session::wiped, this, &KioskWindow::onWiped);

    connect(m_attract, &AttractScreen::touched, this, [this] { startJourney(m_session.language()); });
    connect(m_attract, &AttractScreen::languageChosen, this, &KioskWindow::startJourney);
    connect(m_home, &HomeScreen::themenfeldChosen, this, &KioskWindow::chooseThemenfeld);
    connect(m_home, &HomeScreen::serviceChosen, this, &KioskWindow::chooseService);
    connect(m_topic, &TopicScreen::serviceChosen, this, &KioskWindow::chooseService);
    connect(m_index, &ServiceIndexScreen::serviceChosen, this, &KioskWindow::chooseService);
    connect(m_service, &ServiceScreen::onlineServiceRequested, this, &KioskWindow::openOnlineService);
    connect(m_service, &ServiceScreen::formRequested, this, &KioskWindow::startForm);
    m_service->setOpenForm([this] { return m_formScreen->formId(); });
    connect(m_formScreen, &FormScreen::reviewRequested, this, [this] { m_journey.go(JourneyStep::Review); });
    connect(m_draftSaved, &DraftSavedOverlay::done, this, [this] { m_journey.wipe(Journey::WipeReason::Finished); });
    connect(m_review, &ReviewScreen::editRequested, this, [this](int step) {
        m_formScreen->showStep(step);
        m_journey.go(JourneyStep::Form);
    });
    connect(m_home, &HomeScreen::serviceIndexRequested, this, &KioskWindow::openServiceIndex);
    connect(m_header, &HeaderBar::languageChosen, this, &KioskWindow::onLanguageChosen);
    connect(m_header, &HeaderBar::readingAidsRequested, this, &KioskWindow::openReadingAids);
    connect(m_header, &HeaderBar::helpRequested, this, &KioskWindow::openHelp);
    connect(m_footer, &FooterBar::backRequested, &m_journey, &Journey::back);
    connect(m_footer, &FooterBar::startOverRequested, this, &KioskWindow::requestStartOver);
    connect(m_startOver, &widgets::ConfirmOverlay::confirmed, this, [this] {
        m_journey.wipe(Journey::WipeReason::Cancelled);
    });
    connect(m_readingAids, &widgets::AccessibilityOverlay::settingsChosen, &m_session, &Session::setTheme);
    if (m_staffCall) {
        connect(m_help, &HelpOverlay::staffCallRequested, this, [this] {
            m_help->setCallState(HelpOverlay::CallState::Calling);
            m_staffCall->call();
        });
        connect(m_staffCall, &StaffCall::finished, this, [this](StaffCall::Outcome outcome) {
            m_help->setCallState(outcome == StaffCall::Outcome::Delivered ? HelpOverlay::CallState::Called
                                                                          : HelpOverlay::CallState::Failed);
        });
    }

    connect(&m_idleWatcher, &IdleWatcher::countdownStarted, this, [this](int secondsLeft) {
        m_countdown->setSecondsLeft(secondsLeft);
        m_countdown->open();
    });
    connect(&m_idleWatcher, &IdleWatcher::countdownTicked, m_countdown, &widgets::CountdownOverlay::setSecondsLeft);
    connect(&m_idleWatcher, &IdleWatcher::countdownCancelled, m_countdown, &widgets::CountdownOverlay::close);
    connect(&m_idleWatcher, &IdleWatcher::timedOut, this, [this] { m_journey.wipe(Journey::WipeReason::IdleTimeout); });
    connect(m_countdown, &widgets::CountdownOverlay::continueRequested, &m_idleWatcher, &IdleWatcher::reportActivity);

    onSessionLanguageChanged(m_session.language());
    onThemeChanged(m_session.theme());
    onStepChanged(m_journey.step());
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::allowClose()
{
    m_closeAllowed = true;
}

Screen* KioskWindow::currentScreen() const
{
    return static_cast<Screen*>(m_stack->currentWidget());
}

void KioskWindow::openHelp()
{
    m_help->open();
}

void KioskWindow::openReadingAids()
{
    m_readingAids->setSettings(m_session.theme());
    m_readingAids->open();
}

void KioskWindow::requestStartOver()
{
    if (m_journey.step() == JourneyStep::Attract) {
        return;
    }
    // Nothing to lose yet: no need to ask.
    if (!m_session.hasProgress() && m_journey.step() == JourneyStep::Home) {
        m_journey.wipe(Journey::WipeReason::Cancelled);
        return;
    }
    m_startOver->open();
}

void KioskWindow::chooseThemenfeld(const QString& themenfeldId)
{
    m_session.setTopicId(themenfeldId);
    m_journey.go(JourneyStep::Topic);
}

void KioskWindow::chooseService(const QString& serviceKey)
{
    const Service* service = m_catalog.find(serviceKey);
    if (!service) {
        return;
    }
    m_session.setService(service->key, service->trustLevel);
    m_journey.go(JourneyStep::ServicePage);
}

void KioskWindow::openServiceIndex()
{
    m_journey.go(JourneyStep::ServiceIndex);
}

void KioskWindow::openResumeDraft()
{
    m_journey.go(JourneyStep::ResumeDraft);
}

void KioskWindow::startJourney(const QString& language)
{
    m_session.setLanguage(language);
    m_journey.go(JourneyStep::Home);
}

void KioskWindow::onStepChanged(JourneyStep step)
{
    Screen* screen = m_attract;
    switch (step) {
    case JourneyStep::Attract:
        screen = m_attract;
        break;
    case JourneyStep::Home:
        screen = m_home;
        break;
    case JourneyStep::Topic:
        screen = m_topic;
        break;
    case JourneyStep::ServicePage:
        screen = m_service;
        break;
    case JourneyStep::ServiceIndex:
        screen = m_index;
        break;
    case JourneyStep::OnlineService:
        screen = m_browser;
        break;
    case JourneyStep::Form:
        screen = m_formScreen;
        break;
    case JourneyStep::Review:
        screen = m_review;
        break;
    case JourneyStep::ResumeDraft:
        screen = m_resume;
        break;
    default:
        // Later steps bring their own screens; the journey cannot reach them before that.
        qCWarning(lcAppShell) << "no screen for step" << stepName(step);
        return;
    }
    screen->retranslate();
    if (Screen* previous = currentScreen(); previous && previous != screen) {
        previous->setKeyboardShown(false);
    }
    m_stack->setCurrentWidget(screen);
    screen->setKeyboardShown(m_keyboard && m_keyboard->isVisible());
    const bool inJourney = step != JourneyStep::Attract;
    m_header->setVisible(inJourney);
    m_footer->setVisible(inJourney);
    m_footer->setBackVisible(m_journey.canGoBack());
    m_idleWatcher.setActive(inJourney);
    screen->setFocus();
}

void KioskWindow::onLanguageChosen(const QString& code)
{
    m_session.setLanguage(code);
}

void KioskWindow::onSessionLanguageChanged(const QString& code)
{
    m_languages.setLanguage(code);
    m_header->languagePicker()->setCurrentLanguage(code);
    m_attract->languagePicker()->setCurrentLanguage(code);
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
    closeOverlays();
    m_help->setCallState(HelpOverlay::CallState::Ready);
    m_home->reset();      // the query is the last citizen's
    m_formScreen->wipe(); // and so are the form's answers
    m_resume->reset();    // and the code typed
    if (m_keyboard) {
        m_keyboard->hide(); // the start screen has no field
    }
    if (m_search) {
        m_search->forgetRecentQueries(); // and so are the answers kept for it
    }
    // The browser holds the last citizen's cookies, history and form entries in memory:
    // it goes entirely; the next citizen gets a new one.
    if (m_browser) {
        m_stack->removeWidget(m_browser);
        m_browser->deleteLater();
        m_browser = nullptr;
    }
    forgetTypedText(*this); // and whatever an editor or the clipboard still holds
}

void KioskWindow::setDrafts(DraftService* drafts, int keepDays)
{
    m_drafts = drafts;
    m_draftKeepDays = keepDays;
    m_formScreen->setDraftsAvailable(drafts != nullptr);
    m_review->setDraftsAvailable(drafts != nullptr);
    if (!drafts) {
        return;
    }
    connect(m_formScreen, &FormScreen::draftRequested, drafts, [this](const QByteArray& answers) {
        m_draftJourney = m_session.journeyId();
        m_drafts->save(m_formScreen->formId(), m_session.serviceKey(), answers);
    });
    connect(drafts, &DraftService::saved, this, [this](std::shared_ptr<const ResumeCode> code) {
        // Sealing takes a moment: if the citizen has gone meanwhile, the code is shown to nobody
        // (above all not to the next citizen, who may be in a form already).
        if (m_draftJourney != m_session.journeyId() ||
            (m_journey.step() != JourneyStep::Form && m_journey.step() != JourneyStep::Review)) {
            qCInfo(lcAppShell) << "a draft was saved after its session ended; its code is not shown";
            return;
        }
        // A resumed form saved again: the new code replaces the old one, which would otherwise
        // open the older answers until it expires.
        if (const QString replaced = m_formScreen->resumedDraftId(); !replaced.isEmpty()) {
            m_drafts->remove(replaced);
        }
        const eid::SecureBytes grouped = code->grouped();
        const QDate keptUntil = m_clock.today().addDays(m_draftKeepDays);
        m_draftSaved->show(QString::fromLatin1(grouped.view()), keptUntil);
        if (m_printer) {
            const Service* service = m_catalog.find(m_session.serviceKey());
            m_draftSlip =
                std::make_shared<DraftCodeSlip>(service ? service->plainName.in(m_session.language()) : QString(),
                                                QString::fromLatin1(grouped.view()),
                                                keptUntil,
                                                locale());
            printDraftCode();
        }
    });
    connect(m_review, &ReviewScreen::draftRequested, m_formScreen, &FormScreen::saveForLater);
    connect(drafts, &DraftService::failed, this, [this] {
        m_formScreen->setDraftsAvailable(false);
        m_review->setDraftsAvailable(false);
        m_home->setResumeAvailable(false);
    });

    m_home->setResumeAvailable(true);
    connect(m_home, &HomeScreen::resumeRequested, this, &KioskWindow::openResumeDraft);
    connect(m_resume, &ResumeScreen::codeEntered, drafts, [this](std::shared_ptr<const ResumeCode> code) {
        m_resumeJourney = m_session.journeyId();
        m_drafts->resume(std::move(code));
    });
    connect(drafts, &DraftService::resumed, this, [this](std::shared_ptr<DraftOpening> opening) {
        // Checking the code takes a moment: a citizen who has gone meanwhile gets nothing opened,
        // and the next one (who typed no code) sees nothing of it.
        if (m_resumeJourney != m_session.journeyId() || m_journey.step() != JourneyStep::ResumeDraft) {
            qCInfo(lcAppShell) << "a draft was opened after its session ended; it is not shown";
            return;
        }
        onDraftOpened(*opening);
    });
}

void KioskWindow::setPrinter(Printer* printer)
{
    m_printer = printer;
    if (!printer) {
        return;
    }
    connect(printer, &Printer::printed, this, [this](Printer::JobId job) { onPrintFinished(job, true); });
    connect(printer, &Printer::failed, this, [this](Printer::JobId job) { onPrintFinished(job, false); });
    connect(m_draftSaved, &DraftSavedOverlay::printAgainRequested, this, &KioskWindow::printDraftCode);
    // The session is over (or the citizen tapped "Fertig"): the code is forgotten, and a job that
    // has not reached the printer yet is dropped, so no code comes out after its citizen left.
    connect(m_draftSaved, &widgets::OverlayPanel::closed, this, [this] {
        m_draftSlip.reset();
        if (m_printJob != 0) {
            m_printer->cancel(m_printJob);
            m_printJob = 0;
        }
    });
}

void KioskWindow::printDraftCode()
{
    if (!m_printer || !m_draftSlip || !m_draftSaved->isOpen()) {
        return;
    }
    m_printJob = m_printer->print(m_draftSlip);
    m_draftSaved->setPrintState(DraftSavedOverlay::PrintState::Printing);
}

void KioskWindow::onPrintFinished(quint64 job, bool printed)
{
    // Only the job of the code on screen speaks to the overlay; an earlier citizen's never does.
    if (job != m_printJob) {
        return;
    }
    m_printJob = 0;
    m_draftSaved->setPrintState(printed ? DraftSavedOverlay::PrintState::Printed
                                        : DraftSavedOverlay::PrintState::Failed);
}

void KioskWindow::onDraftOpened(const DraftOpening& opening)
{
    if (opening.status != DraftOpening::Status::Opened) {
        m_resume->showOutcome(opening, m_draftKeepDays);
        return;
    }
    const Service* service = m_catalog.find(opening.serviceKey);
    QByteArray saved = opening.answers.view().toByteArray();
    const bool resumed = service && m_formScreen->resume(opening.formId, saved, opening.draftId);
    saved.fill('\0'); // the answers now live in the form only
    if (!resumed) {
        qCWarning(lcAppShell).noquote() << "a draft of form" << opening.formId << "cannot be continued";
        m_resume->showCannotContinue();
        return;
    }
    m_resume->reset(); // the code has done its job; it does not stay on a screen
    m_session.setService(service->key, service->trustLevel);
    // Identified far enough (or the service needs no identification): straight into the form.
    // Otherwise the service page, where the citizen identifies again; the answers wait here.
    if (m_journey.check(JourneyStep::Form) == JourneyRefusal::None) {
        startForm(opening.formId);
    } else {
        m_journey.go(JourneyStep::ServicePage);
    }
}

void KioskWindow::startForm(const QString& formId)
{
    if (m_journey.check(JourneyStep::Form) != JourneyRefusal::None) {
        return;
    }
    // The form already open (resumed, or left with "back") goes on with its answers.
    if (m_formScreen->formId() != formId && !m_formScreen->start(formId)) {
        return;
    }
    m_formScreen->lockIdentityAnswers(IdentityPrefill::shipped().answersFor(*m_formScreen->schema(), m_session));
    m_journey.go(JourneyStep::Form);
}

void KioskWindow::openOnlineService(const QUrl& url)
{
    if (!m_browserAllowlist.allows(url)) {
        qCWarning(lcAppShell) << "online service not on the browser allowlist:" << url.host();
        return;
    }
    if (!m_browser) {
        // Created on demand: the web engine costs memory and start-up time most sessions never need.
        m_browser = new BrowserScreen(m_browserAllowlist, m_session, m_stack);
        m_stack->addWidget(m_browser);
        connect(m_browser, &BrowserScreen::returnRequested, &m_journey, &Journey::back);
    }
    if (m_journey.step() != JourneyStep::OnlineService && !m_journey.go(JourneyStep::OnlineService)) {
        return;
    }
    m_browser->open(url);
}

void KioskWindow::updateKeyboard()
{
    if (!m_keyboard) {
        return;
    }
    QWidget* focus = QApplication::focusWidget();
    // A field that takes text right now: a line edit, a spin box, a text field in a web page.
    const bool typing = focus && isAncestorOf(focus) && !m_keyboard->isAncestorOf(focus) &&
                        focus->testAttribute(Qt::WA_InputMethodEnabled) &&
                        focus->inputMethodQuery(Qt::ImEnabled).toBool() && m_journey.step() != JourneyStep::Attract;
    if (typing != m_keyboard->isVisible()) {
        m_keyboard->setVisible(typing);
        if (Screen* screen = currentScreen()) {
            screen->setKeyboardShown(typing);
        }
        if (typing) {
            // The keyboard took room from the page: bring the field back into sight once the
            // layout has followed.
            // The whole form field, with its question and the message under it, if it fits;
            // the field being typed in in any case.
            QTimer::singleShot(0, focus, [focus] {
                QWidget* field = nullptr;
                for (QWidget* parent = focus->parentWidget(); parent; parent = parent->parentWidget()) {
                    if (!field && parent->property("role").toString() == QLatin1String("field")) {
                        field = parent;
                    }
                    if (auto* page = qobject_cast<QScrollArea*>(parent)) {
                        if (field && field->height() <= page->viewport()->height()) {
                            const int room = page->viewport()->height() - field->height();
                            page->ensureWidgetVisible(field, 16, std::min(room / 2, 16));
                        } else {
                            page->ensureWidgetVisible(focus, 16, 48);
                        }
                        return;
                    }
                }
            });
        }
    }
}

void KioskWindow::closeOverlays()
{
    m_draftSaved->close();
    m_countdown->close();
    m_startOver->close();
    m_readingAids->close();
    m_help->close();
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
