// One citizen at the terminal, for tst_MemoryAfterWipe, which reads this process's memory.
//
// The citizen comes on standard input (family name, given name, birth date as the form takes it,
// dd.MM.yyyy, one a line), so that nothing of them is in a binary mapped into this process. The
// terminal is built as app/main.cpp builds it (TerminalFixture) with a drafts store in a temporary
// folder; the citizen searches for their own name, fills the Meldebescheinigung form, reads the
// review and saves it for later; then this program says "typed" and waits for a line, wipes the
// session as the idle timeout does, lets the terminal finish what the wipe started, says "wiped"
// and waits for its standard input to close.
#include "FormFilling.h"
#include "FormScreen.h"
#include "OverlayPanel.h"
#include "TerminalFixture.h"
#include "TestDrafts.h"
#include "TrustLevel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <cstdio>

#include <string.h>
#include <unistd.h>

using bt::app::JourneyStep;
using bt::test::TerminalFixture;

namespace {

const QString meldebescheinigung = QStringLiteral("99115003012000");
constexpr int waitLimit = 20000; // ms, for the search and the drafts thread

struct Citizen
{
    QString familyName;
    QString givenName;
    QString birthDay; // dd, MM and yyyy: the three fields of the form's date
    QString birthMonth;
    QString birthYear;
};

bool failed(const char* what)
{
    std::fprintf(stderr, "journey_player: %s\n", what);
    return false;
}

int exitWith(const char* what)
{
    failed(what);
    return 1;
}

void say(const char* line)
{
    const std::size_t length = strlen(line);
    if (::write(STDOUT_FILENO, line, length) != static_cast<ssize_t>(length)) {
        std::perror("journey_player: stdout");
    }
}

// Straight from the file descriptor into a buffer that is zeroed after use: a stdio stream would
// keep its own copy in a buffer of the C library.
std::optional<Citizen> readCitizen()
{
    std::array<char, 512> input{};
    std::size_t length = 0;
    int lines = 0;
    while (lines < 3 && length < input.size()) {
        const ssize_t got = ::read(STDIN_FILENO, input.data() + length, input.size() - length);
        if (got <= 0) {
            break;
        }
        for (ssize_t i = 0; i < got; ++i) {
            lines += input[length + static_cast<std::size_t>(i)] == '\n' ? 1 : 0;
        }
        length += static_cast<std::size_t>(got);
    }
    const QStringList parts = QString::fromUtf8(input.data(), static_cast<qsizetype>(length)).split(u'\n');
    explicit_bzero(input.data(), input.size());
    if (lines < 3 || parts.size() < 3) {
        return std::nullopt;
    }
    const QStringList date = parts[2].split(u'.');
    if (date.size() != 3) {
        return std::nullopt;
    }
    return Citizen{parts[0], parts[1], date[0], date[1], date[2]};
}

// Blocks until a line (or the end) comes on standard input.
bool waitForLine()
{
    char byte = 0;
    while (::read(STDIN_FILENO, &byte, 1) == 1) {
        if (byte == '\n') {
            return true;
        }
    }
    return false;
}

void waitForEndOfInput()
{
    std::array<char, 64> ignored{};
    while (::read(STDIN_FILENO, ignored.data(), ignored.size()) > 0) {
    }
}

// Typed key by key, as a citizen types, so that every editor on the way has its history.
void type(QLineEdit* field, const QString& text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    field->setFocus();
    QTest::keyClicks(field, text);
}

QLineEdit* input(QWidget& window, const QString& editorName, const QString& inputName)
{
    auto* editor = window.findChild<QWidget*>(editorName);
    return editor ? editor->findChild<QLineEdit*>(inputName) : nullptr;
}

// The whole journey of one citizen, up to "Später fortsetzen" on the review. Screens and buttons
// are found by their object names only.
bool playCitizen(TerminalFixture& terminal, const Citizen& citizen)
{
    QWidget& window = *terminal.window;
    QApplication::setActiveWindow(&window);
    terminal.startJourney();
    if (terminal.journey.step() != JourneyStep::Home) {
        return failed("the journey did not start");
    }

    // Many a citizen types their own name into the search field first.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
    if (!search) {
        return failed("no search field");
    }
    QSignalSpy answered(&terminal.search, &bt::app::SearchService::resultsReady);
    type(search, citizen.familyName);
    const bool searched = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& answer : answered) {
                if (answer.first().toString() == citizen.familyName) {
                    return true;
                }
            }
            return false;
        },
        waitLimit);
    if (!searched) {
        return failed("the search thread did not answer the name");
    }

    // The Meldebescheinigung asks name and birth date; it needs the ID card, which the
    // identification step would have read (its data stays out: the citizen types here).
    terminal.session.setService(meldebescheinigung, bt::app::TrustLevel::High);
    terminal.session.setAchievedTrustLevel(bt::app::TrustLevel::High);
    if (!terminal.journey.go(JourneyStep::ServicePage)) {
        return failed("the service page did not open");
    }
    auto* serviceScreen = window.findChild<QWidget*>(QStringLiteral("serviceScreen"));
    auto* start = serviceScreen ? serviceScreen->findChild<QPushButton*>(QStringLiteral("startButton")) : nullptr;
    if (!start) {
        return failed("no start button on the service page");
    }
    QTest::mouseClick(start, Qt::LeftButton);
    TerminalFixture::settle();
    auto* form = window.findChild<bt::app::FormScreen*>(QStringLiteral("formScreen"));
    if (terminal.journey.step() != JourneyStep::Form || !form) {
        return failed("the form did not open");
    }

    QLineEdit* familyName = input(window, QStringLiteral("editor_F99000001"), QStringLiteral("input"));
    QLineEdit* givenName = input(window, QStringLiteral("editor_F99000002"), QStringLiteral("input"));
    QLineEdit* day = input(window, QStringLiteral("editor_F99000005"), QStringLiteral("segment0"));
    QLineEdit* month = input(window, QStringLiteral("editor_F99000005"), QStringLiteral("segment1"));
    QLineEdit* year = input(window, QStringLiteral("editor_F99000005"), QStringLiteral("segment2"));
    if (!familyName || !givenName || !day || !month || !year) {
        return failed("the form's first step has no name or birth date fields");
    }
    type(familyName, citizen.familyName);
    type(givenName, citizen.givenName);
    type(day, citizen.birthDay);
    type(month, citizen.birthMonth);
    type(year, citizen.birthYear);
    TerminalFixture::settle();

    // The other questions get plausible answers, step by step, up to the review.
    for (int step = 0; step <= form->form().plan().size() && terminal.journey.step() == JourneyStep::Form; ++step) {
        if (!bt::test::answerStep(*form, terminal.journey)) {
            return failed("a step of the form did not accept its answers");
        }
    }
    if (terminal.journey.step() != JourneyStep::Review) {
        return failed("the review did not open");
    }
    auto* firstStep = window.findChild<QLabel*>(QStringLiteral("reviewStep0"));
    if (!firstStep || !firstStep->text().contains(citizen.familyName)) {
        return failed("the review does not show the name");
    }

    auto* later = window.findChild<QPushButton*>(QStringLiteral("reviewSaveForLaterButton"));
    auto* saved = window.findChild<bt::widgets::OverlayPanel*>(QStringLiteral("draftSavedOverlay"));
    if (!later || !later->isVisible() || !saved) {
        return failed("no \"Später fortsetzen\" on the review");
    }
    QTest::mouseClick(later, Qt::LeftButton);
    if (!QTest::qWaitFor([saved] { return saved->isOpen(); }, waitLimit)) {
        return failed("the draft was not saved");
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    bt::test::TestDrafts drafts;
    TerminalFixture terminal;
    terminal.workflows.drafts.setStore(&drafts.service, drafts.keepDays);
    {
        const std::optional<Citizen> citizen = readCitizen();
        if (!citizen) {
            return exitWith("expected family name, given name and birth date (dd.MM.yyyy) on stdin");
        }
        if (!playCitizen(terminal, *citizen)) {
            return 1;
        }
    }
    say("typed\n");
    if (!waitForLine()) {
        return exitWith("stdin closed before the wipe");
    }

    // The citizen walked away from the code on the screen: the countdown ran out.
    QSignalSpy forgotten(&terminal.search, &bt::app::SearchService::recentQueriesForgotten);
    terminal.journey.wipe(bt::app::Journey::WipeReason::IdleTimeout);
    if (!forgotten.wait(waitLimit)) {
        return exitWith("the search thread did not forget the queries");
    }
    TerminalFixture::settle();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    TerminalFixture::settle();
    if (terminal.journey.step() != JourneyStep::Attract) {
        return exitWith("the wipe did not end the journey");
    }
    say("wiped\n");
    waitForEndOfInput();
    return 0;
}
