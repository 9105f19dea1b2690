#include "FormScreen.h"

#include "FormInProgress.h"
#include "FormWorkflow.h"
#include "ScrollPage.h"
#include "StepView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace bt::app {

FormScreen::FormScreen(FormWorkflow& workflow, const forms::FormInProgress& form, const Clock& clock, QWidget* parent)
    : Screen(parent)
    , m_workflow(workflow)
    , m_form(form)
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
    connect(&m_workflow, &FormWorkflow::stepChanged, this, &FormScreen::showCurrentStep);
    connect(&m_workflow, &FormWorkflow::stepIncomplete, this, &FormScreen::showProblems);
}

void FormScreen::setDraftsAvailable(bool available)
{
    m_later->setVisible(available);
}

void FormScreen::showCurrentStep()
{
    const forms::WizardPlan::Step* step = m_form.step();
    if (!step) {
        reset();
        return;
    }
    // A new view per step: only the step on screen exists, which keeps each step quick to build.
    auto* view = new forms::StepView(*step->group, m_clock.today());
    view->setObjectName(QStringLiteral("stepView"));
    const forms::StepContent content = m_form.stepContent();
    view->setAnswers(content.flat);
    for (auto it = content.repeated.cbegin(); it != content.repeated.cend(); ++it) {
        view->setOccurrences(it.key(), it.value());
    }
    if (!m_form.lockedFields().isEmpty()) {
        view->setLockedFields(m_form.lockedFields());
    }
    // setWidget() deletes the old step; taking it out first would restyle all of it for nothing.
    m_page->setWidget(view);
    view->setProperty("role", QStringLiteral("page"));
    view->setAttribute(Qt::WA_StyledBackground);
    m_view = view;
    m_page->verticalScrollBar()->setValue(0);
    retranslate();
}

void FormScreen::reset()
{
    m_page->setWidget(new QWidget); // deletes the step and the answers typed into it
    m_view = nullptr;
    m_title->clear();
    m_progress->clear();
}

void FormScreen::goNext()
{
    if (m_view) {
        m_workflow.next(m_view->content());
    }
}

void FormScreen::goPrevious()
{
    if (m_view) {
        m_workflow.previous(m_view->content());
    }
}

void FormScreen::saveForLater()
{
    if (m_view) {
        m_workflow.saveForLater(m_view->content());
    }
}

void FormScreen::showProblems(const std::vector<forms::StepProblem>& problems)
{
    if (m_view) {
        m_view->showProblems(problems);
    }
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
    const forms::WizardPlan::Step* step = m_form.step();
    if (!step) {
        return;
    }
    const forms::FormSchema& schema = *m_form.schema();
    m_title->setText(schema.label.isEmpty() ? schema.name : schema.label);
    const int index = m_form.currentStep();
    const int steps = m_form.plan().size();
    //: Progress through a form, e.g. "Schritt 3 von 7: Anschrift".
    QString progress = tr("Step %1 of %2: %3").arg(index + 1).arg(steps).arg(step->title);
    if (step->parts > 1) {
        //: A long section of a form shown in parts, e.g. "(Teil 1 von 2)".
        progress += u' ' + tr("(part %1 of %2)").arg(step->part).arg(step->parts);
    }
    m_progress->setText(progress);
    //: Form wizard: back to the previous step of the form.
    m_previous->setText(tr("‹ Previous step"));
    m_previous->setVisible(index > 0);
    m_next->setText(index + 1 < steps ? tr("Next ›") : tr("Check my answers ›"));
    //: Form wizard: keep the answers so far and continue another day with a code.
    m_later->setText(tr("Continue later"));
}

} // namespace bt::app
