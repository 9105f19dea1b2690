#include "FormScreen.h"

#include "FormLibrary.h"
#include "Logging.h"
#include "ScrollPage.h"
#include "StepAnswers.h"
#include "StepView.h"
#include "SubmissionReader.h"
#include "SubmissionWriter.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace bt::app {

FormScreen::FormScreen(const Clock& clock, QWidget* parent)
    : Screen(parent)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_page(new ScrollPage(new QWidget, this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("formScreen"));
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("formProgress"));
    m_progress->setProperty("role", QStringLiteral("heading"));
    m_progress->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("previousStepButton"));
    m_next->setObjectName(QStringLiteral("nextStepButton"));
    m_next->setProperty("role", QStringLiteral("primary"));

    m_later->setObjectName(QStringLiteral("saveForLaterButton"));
    m_later->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch();
    buttons->addWidget(m_later);
    buttons->addWidget(m_next);
    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_progress);
    pageLayout()->addWidget(m_page, 1);
    pageLayout()->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &FormScreen::goNext);
    connect(m_previous, &QPushButton::clicked, this, &FormScreen::goPrevious);
    connect(m_later, &QPushButton::clicked, this, &FormScreen::saveForLater);
}

void FormScreen::setDraftsAvailable(bool available)
{
    m_draftsAvailable = available;
    m_later->setVisible(available);
}

void FormScreen::saveForLater()
{
    if (!m_schema) {
        return;
    }
    keepStepAnswers();
    forms::SubmissionError error;
    const std::optional<QByteArray> xml = forms::SubmissionWriter::toXml(*m_schema, m_formId, m_answers, &error);
    if (!xml) {
        // Something half typed (a date without its year) cannot be kept: show what it is.
        m_view->validate(m_clock.today());
        qCInfo(lcAppShell) << "draft not saved: an answer of the step does not fit its field";
        return;
    }
    Q_EMIT draftRequested(*xml);
}

namespace {

std::optional<forms::FormSchema> fromLibrary(const QString& formId)
{
    QString error;
    std::optional<forms::FormSchema> schema = formLibrary::load(formId, &error);
    if (!schema) {
        qCWarning(lcAppShell).noquote() << "form" << formId << "cannot be shown:" << error;
    }
    return schema;
}

} // namespace

bool FormScreen::load(forms::FormSchema schema, const QString& formId)
{
    wipe();
    m_plan = forms::WizardPlan::of(schema);
    if (m_plan.size() == 0) {
        qCWarning(lcAppShell).noquote() << "form" << formId << "has nothing to ask";
        m_plan = forms::WizardPlan();
        return false;
    }
    m_schema = std::move(schema);
    m_formId = formId;
    return true;
}

bool FormScreen::start(const QString& formId)
{
    std::optional<forms::FormSchema> schema = fromLibrary(formId);
    return schema && start(std::move(*schema), formId);
}

bool FormScreen::start(forms::FormSchema schema, const QString& formId)
{
    if (!load(std::move(schema), formId)) {
        return false;
    }
    showStep(0);
    return true;
}

bool FormScreen::resume(const QString& formId, const QByteArray& saved, const QString& draftId)
{
    std::optional<forms::FormSchema> schema = fromLibrary(formId);
    return schema && resume(std::move(*schema), formId, saved, draftId);
}

bool FormScreen::resume(forms::FormSchema schema,
                        const QString& formId,
                        const QByteArray& saved,
                        const QString& draftId)
{
    if (!load(std::move(schema), formId)) {
        return false;
    }
    forms::SubmissionError error;
    std::optional<forms::Submission> submission = forms::SubmissionReader::read(saved, *m_schema, &error);
    if (!submission || submission->formId != formId) {
        // The form was changed by an update since the draft was saved (no personal data in the message).
        qCWarning(lcAppShell).noquote() << "draft of form" << formId << "does not fit the form any more:"
                                        << (submission ? QStringLiteral("another form id") : error.message);
        if (submission) {
            submission->answers.wipe();
        }
        wipe();
        return false;
    }
    m_answers = std::move(submission->answers);
    submission->answers.wipe();
    m_resumedDraftId = draftId;
    showStep(0);
    return true;
}

void FormScreen::lockIdentityAnswers(const std::vector<IdentityPrefill::Answer>& answers)
{
    if (!m_schema) {
        return;
    }
    keepStepAnswers();
    m_locked.clear();
    //: Shown at a form field filled in from the ID card; the citizen cannot change it.
    const QString reason = tr("From your ID card");
    for (const IdentityPrefill::Answer& answer : answers) {
        m_answers.setValue(answer.path, answer.fieldId, answer.value);
        m_locked.insert(answer.fieldId, reason);
    }
    showStep(m_step);
}

void FormScreen::showStep(int index)
{
    if (!m_schema || index < 0 || index >= m_plan.size()) {
        return;
    }
    m_step = index;
    const forms::WizardPlan::Step& step = m_plan.steps()[static_cast<std::size_t>(index)];
    // A new view per step: only the step on screen exists, which keeps each step quick to build.
    auto* view = new forms::StepView(*step.group, m_clock.today());
    view->setObjectName(QStringLiteral("stepView"));
    const forms::StepContent content = forms::stepAnswers::load(*step.group, step.occurrencePath, m_answers);
    view->setAnswers(content.flat);
    for (auto it = content.repeated.cbegin(); it != content.repeated.cend(); ++it) {
        view->setOccurrences(it.key(), it.value());
    }
    if (!m_locked.isEmpty()) {
        view->setLockedFields(m_locked);
    }
    // setWidget() deletes the old step; taking it out first would restyle all of it for nothing.
    m_page->setWidget(view);
    view->setProperty("role", QStringLiteral("page"));
    view->setAttribute(Qt::WA_StyledBackground);
    m_view = view;
    m_page->verticalScrollBar()->setValue(0);
    retranslate();
}

void FormScreen::keepStepAnswers()
{
    if (!m_view) {
        return;
    }
    const forms::WizardPlan::Step& step = m_plan.steps()[static_cast<std::size_t>(m_step)];
    forms::StepContent content;
    content.flat = m_view->answers();
    for (const QString& groupId : m_view->repeatedMembers()) {
        content.repeated.insert(groupId, m_view->occurrences(groupId));
    }
    forms::stepAnswers::store(*step.group, step.occurrencePath, content, m_answers);
}

void FormScreen::goNext()
{
    if (!m_view || !m_view->validate(m_clock.today())) {
        return; // the step shows what is wrong and has focused the first problem
    }
    keepStepAnswers();
    if (m_step + 1 < m_plan.size()) {
        showStep(m_step + 1);
    } else {
        Q_EMIT reviewRequested();
    }
}

void FormScreen::goPrevious()
{
    // Going back keeps what was typed, checked or not: nothing a citizen entered is lost.
    keepStepAnswers();
    showStep(m_step - 1);
}

void FormScreen::wipe()
{
    m_answers.wipe();
    m_page->setWidget(new QWidget); // deletes the step and the answers typed into it
    m_view = nullptr;
    m_schema.reset();
    m_plan = forms::WizardPlan();
    m_formId.clear();
    m_resumedDraftId.clear();
    m_locked.clear();
    m_step = 0;
}

void FormScreen::setKeyboardShown(bool shown)
{
    m_title->setHidden(shown);
}

QString FormScreen::progressText() const
{
    return m_progress->text();
}

void FormScreen::retranslate()
{
    if (!m_schema || m_plan.size() == 0) {
        return;
    }
    m_title->setText(m_schema->label.isEmpty() ? m_schema->name : m_schema->label);
    const forms::WizardPlan::Step& step = m_plan.steps()[static_cast<std::size_t>(m_step)];
    //: Progress through a form, e.g. "Schritt 3 von 7: Anschrift".
    QString progress = tr("Step %1 of %2: %3").arg(m_step + 1).arg(m_plan.size()).arg(step.title);
    if (step.parts > 1) {
        //: A long section of a form shown in parts, e.g. "(Teil 1 von 2)".
        progress += u' ' + tr("(part %1 of %2)").arg(step.part).arg(step.parts);
    }
    m_progress->setText(progress);
    //: Form wizard: back to the previous step of the form.
    m_previous->setText(tr("‹ Previous step"));
    m_previous->setVisible(m_step > 0);
    m_next->setText(m_step + 1 < m_plan.size() ? tr("Next ›") : tr("Check my answers ›"));
    //: Form wizard: keep the answers so far and continue another day with a code.
    m_later->setText(tr("Continue later"));
}

} // namespace bt::app
