#include "ResumeScreen.h"

#include "DraftWorkflow.h"
#include "ResumeCode.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bt::app {

namespace {

// What is typed, as the code is printed: upper case, groups of four joined by dashes. Letters
// that are not in the code's alphabet (0, O, 1, I, L) are kept, so the citizen sees the typo
// and the check can name it, rather than a character vanishing under the finger.
QString groupedForTyping(const QString& typed)
{
    QString characters;
    for (const QChar character : typed) {
        if (character.isLetterOrNumber()) {
            characters.append(character.toUpper());
        }
    }
    characters.truncate(ResumeCode::length);
    QString grouped;
    for (qsizetype index = 0; index < characters.size(); ++index) {
        if (index > 0 && index % ResumeCode::groupLength == 0) {
            grouped.append(u'-');
        }
        grouped.append(characters.at(index));
    }
    return grouped;
}

qsizetype characterCount(const QString& grouped)
{
    return grouped.size() - grouped.count(u'-');
}

} // namespace

ResumeScreen::ResumeScreen(DraftWorkflow& drafts, QWidget* parent)
    : Screen(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("resumeScreen"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("resumeIntro"));
    m_intro->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("resumeCodeField"));
    m_code->setProperty("role", QStringLiteral("search"));
    m_code->setMaxLength(ResumeCode::length + ResumeCode::length / ResumeCode::groupLength);
    // No suggestions, no spell checking, no history: the code is a secret.
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase |
                                Qt::ImhNoAutoUppercase);
    m_message->setObjectName(QStringLiteral("resumeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_open->setObjectName(QStringLiteral("openDraftButton"));
    m_open->setProperty("role", QStringLiteral("primary"));
    m_open->setEnabled(false);

    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_intro);
    pageLayout()->addWidget(m_code);
    pageLayout()->addWidget(m_message);
    pageLayout()->addWidget(m_open, 0, Qt::AlignLeft);
    pageLayout()->addStretch(1);

    connect(m_code, &QLineEdit::textEdited, this, &ResumeScreen::onEdited);
    connect(m_code, &QLineEdit::returnPressed, this, &ResumeScreen::submit);
    connect(m_open, &QPushButton::clicked, this, &ResumeScreen::submit);
    retranslate();
    connect(this, &ResumeScreen::codeEntered, &drafts, &DraftWorkflow::enterCode);
    connect(&drafts, &DraftWorkflow::codeRefused, this, [this, &drafts](const DraftOpening& opening) {
        showOutcome(opening, drafts.keepDays());
    });
    connect(&drafts, &DraftWorkflow::cannotContinue, this, &ResumeScreen::showCannotContinue);
}

void ResumeScreen::retranslate()
{
    //: Home screen and title: open a form saved with "Später fortsetzen".
    m_title->setText(tr("Continue a saved application"));
    m_intro->setText(tr("Type the code you were given when you saved your application. It is on your printout "
                        "and looks like this: K7QM-X2PD-9RWT-H4NC. Capital or small letters do not matter."));
    //: Placeholder in the field for the resume code: four groups of four characters.
    m_code->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX"));
    // A placeholder is read as a description at most: the field needs a name of its own.
    //: Read out for the field the resume code is typed into.
    m_code->setAccessibleName(tr("Code of your saved application"));
    //: Opens the saved form with the code typed.
    m_open->setText(m_busy ? tr("Opening …") : tr("Open my application"));
}

void ResumeScreen::reset()
{
    m_code->setText(QString()); // not clear(): undo would bring the code back
    setBusy(false);
    m_message->clear();
    m_message->hide();
    m_open->setEnabled(false);
}

void ResumeScreen::onEdited(const QString& typed)
{
    const QString grouped = groupedForTyping(typed);
    if (grouped != typed) {
        m_code->setText(grouped);
        m_code->setCursorPosition(static_cast<int>(grouped.size()));
    }
    m_open->setEnabled(!m_busy && characterCount(grouped) == ResumeCode::length);
    if (!m_message->isHidden() && !m_busy) {
        m_message->hide(); // the old answer was about the old code
    }
}

void ResumeScreen::submit()
{
    if (m_busy) {
        return;
    }
    std::optional<ResumeCode> code = ResumeCode::parse(m_code->text());
    if (!code) {
        //: The resume code has characters that never occur in a code.
        setMessage(tr("This is not a code of this terminal. A code has 16 characters; it never contains "
                      "0, O, 1, I or L. Please compare it with your printout."),
                   true);
        m_code->setFocus();
        return;
    }
    setBusy(true);
    //: While the saved form is decrypted (takes about a second).
    setMessage(tr("One moment please, your application is being opened …"), false);
    Q_EMIT codeEntered(std::make_shared<const ResumeCode>(std::move(*code)));
}

void ResumeScreen::showOutcome(const DraftOpening& opening, int keepDays)
{
    setBusy(false);
    QString text;
    switch (opening.status) {
    case DraftOpening::Status::Opened:
        m_message->hide();
        return;
    case DraftOpening::Status::NotFound:
        text = tr("There is no saved application with this code. Please compare the code with your printout. "
                  "Saved applications are deleted after %n days.",
                  nullptr,
                  keepDays);
        break;
    case DraftOpening::Status::WrongCode:
        //: After a wrong code; the draft locks after five wrong tries.
        text = tr("The code is not right. Please compare it with your printout. You can try %n more time(s).",
                  nullptr,
                  opening.attemptsLeft);
        break;
    case DraftOpening::Status::Locked:
        text = tr("This application was locked because a wrong code was typed too often. Nobody can open it "
                  "any more; it will be deleted. Please fill in the form again, or ask the staff at the counter "
                  "for help.");
        break;
    case DraftOpening::Status::Expired:
        text = tr("This application was saved more than %n days ago and has been deleted. Please fill in the form "
                  "again.",
                  nullptr,
                  keepDays);
        break;
    case DraftOpening::Status::Failed:
        text = tr("Saved applications cannot be opened at the moment. Please ask the staff at the counter.");
        break;
    }
    setMessage(text, true);
    m_code->setFocus();
    m_code->selectAll();
}

void ResumeScreen::showCannotContinue()
{
    setBusy(false);
    setMessage(tr("This application cannot be continued here, because its form has changed or is no longer "
                  "offered at this terminal. Please ask the staff at the counter."),
               true);
}

QString ResumeScreen::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResumeScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_code->setReadOnly(busy);
    m_open->setEnabled(!busy && characterCount(m_code->text()) == ResumeCode::length);
    retranslate();
}

void ResumeScreen::setMessage(const QString& text, bool isProblem)
{
    m_message->setText(text);
    m_message->setProperty("role", isProblem ? QStringLiteral("error") : QStringLiteral("notice"));
    // A changed dynamic property takes effect only after the style looks again.
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

} // namespace bt::app
