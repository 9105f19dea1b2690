#include "FormByTouch.h"

#include "DateTimeEditor.h"
#include "ErrorSummary.h"
#include "FieldEditor.h"
#include "FormInProgress.h"
#include "FormScreen.h"
#include "MemberForm.h"
#include "OnScreen.h"
#include "RepeatableList.h"
#include "StepView.h"
#include "TouchCitizen.h"
#include "WizardScreens.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace bt::test {

using bt::forms::FieldEditor;

namespace {

QString stepName(int step, const char* what = "")
{
    return QStringLiteral("step%1%2").arg(step + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(what));
}

// "repeat_G99000051" → "G99000051"
QString repeatedId(const bt::forms::RepeatableList* list)
{
    return list->objectName().mid(int(qstrlen("repeat_")));
}

} // namespace

FormByTouch::FormByTouch(TouchCitizen& citizen,
                         WizardScreens& screens,
                         const CitizenTexts& texts,
                         const QStringList& yes,
                         const QStringList& reveals)
    : m_citizen(citizen)
    , m_screens(screens)
    , m_texts(texts)
    , m_answers(citizen, texts, yes, reveals)
{}

void FormByTouch::checkEmptyStepRefused()
{
    const int step = m_citizen.form().form().currentStep();
    TOUCH(m_citizen.tap(m_citizen.form().nextButton()));
    QCOMPARE(m_citizen.form().form().currentStep(), step);
    bt::forms::StepView* view = m_citizen.form().stepView();
    QVERIFY(view->errorSummary()->isVisible());
    FieldEditor* firstWrong = nullptr;
    int wrong = 0;
    for (FieldEditor* editor : shownEditors(view)) {
        if (editor->takesInput() && editor->isRequired()) {
            QCOMPARE(editor->error(), m_texts.fillIn);
        }
        if (!editor->error().isEmpty()) {
            firstWrong = firstWrong ? firstWrong : editor;
            ++wrong;
            QVERIFY(editor->errorLabel()->isVisible());
        }
    }
    QVERIFY(firstWrong);
    // One line per message; a rule about the step as a whole ("Telefon oder E-Mail") has a line
    // but no field of its own.
    QVERIFY2(view->errorSummary()->lineButtons().size() >= wrong, qPrintable(summaryText(view)));
    QVERIFY2(inside(firstWrong, QApplication::focusWidget()), qPrintable(describe(QApplication::focusWidget())));
    QVERIFY2(readable(firstWrong), "the question or the message of the first wrong field is off the screen");
    TOUCH(m_screens.saveWindow(m_citizen.window(), stepName(step, "-missing")));
}

void FormByTouch::answerShownQuestions()
{
    for (;;) {
        FieldEditor* next = nullptr;
        for (FieldEditor* editor : shownEditors(m_citizen.form().stepView())) {
            if (editor->takesInput() && !editor->isLocked() && editor->value().isEmpty() && !m_done.contains(editor)) {
                next = editor;
                break;
            }
        }
        if (!next) {
            return;
        }
        m_done.insert(next);
        TOUCH(m_answers.answer(next));
    }
}

void FormByTouch::addAndRemoveEntries()
{
    bt::forms::StepView* view = m_citizen.form().stepView();
    const bt::forms::FormInProgress& form = m_citizen.form().form();
    QList<bt::forms::RepeatableList*> lists;
    for (bt::forms::RepeatableList* list : view->findChildren<bt::forms::RepeatableList*>()) {
        if (list->isVisibleTo(view) && !list->addButton()->isHidden() &&
            nearest<bt::forms::MemberForm>(list) == view->form()) {
            lists << list;
        }
    }
    for (bt::forms::RepeatableList* list : lists) {
        const int before = list->count();
        const bool group = form.schema()->group(repeatedId(list)) != nullptr;
        TOUCH(m_citizen.tap(list->addButton()));
        QCOMPARE(list->count(), before + 1);
        QTRY_VERIFY(inside(list->occurrence(before), QApplication::focusWidget()));
        QVERIFY(list->removeButton(before)->isVisible());
        m_repeated << repeatedId(list);
        if (group && before == 1) {
            TOUCH(answerShownQuestions()); // the second entry, answered and kept
            QCOMPARE(list->count(), 2);
            const bt::forms::Group* repeated = form.schema()->group(repeatedId(list));
            m_keptSecond << Given{form.currentStep(),
                                  repeated->label.isEmpty() ? repeated->id : repeated->label,
                                  QStringLiteral("2"),
                                  false,
                                  false};
            TOUCH(m_citizen.tap(list->addButton()));
            QCOMPARE(list->count(), 3);
        }
        const int last = list->count() - 1;
        TOUCH(m_citizen.tap(list->removeButton(last)));
        QCOMPARE(list->count(), last);
        TerminalFixture::settle();
    }
}

// The values a citizen can find on the review: fields of the step and of the occurrences of its
// repeated groups (a repeated field or a part repeated inside an entry is not listed).
bool FormByTouch::listedOnReview(const FieldEditor* editor) const
{
    bt::forms::StepView* view = m_citizen.form().stepView();
    auto* owner = nearest<bt::forms::MemberForm>(const_cast<FieldEditor*>(editor));
    if (owner == view->form()) {
        return true;
    }
    auto* list = nearest<bt::forms::RepeatableList>(owner);
    return list && nearest<bt::forms::MemberForm>(list) == view->form() &&
           m_citizen.form().form().schema()->group(repeatedId(list));
}

void FormByTouch::finishStep()
{
    bt::app::FormScreen& screen = m_citizen.form();
    const int step = screen.form().currentStep();
    for (int attempt = 0; attempt < 3; ++attempt) {
        // Read before "Weiter": the next step replaces these editors.
        QList<Given> answers;
        for (auto it = m_answers.onStep().cbegin(); it != m_answers.onStep().cend(); ++it) {
            if (listedOnReview(it.key())) {
                answers << it.value();
            }
        }
        TOUCH(m_citizen.tap(screen.nextButton()));
        if (screen.form().currentStep() != step || !screen.isVisible()) {
            m_given << answers;
            m_answers.forgetStep();
            m_done.clear();
            return;
        }
        bool fixed = false;
        for (FieldEditor* editor : shownEditors(screen.stepView())) {
            if (editor->error().isEmpty()) {
                continue;
            }
            auto* date = qobject_cast<bt::forms::DateTimeEditor*>(editor);
            QVERIFY2(date && attempt < 2,
                     qPrintable(QStringLiteral("\"%1\" refused: %2 (%3)")
                                    .arg(editor->field().label, editor->error(), editor->value())));
            TOUCH(m_citizen.clearDate(date));
            TOUCH(m_answers.typeDate(date, QDate::currentDate().addDays(14 + attempt * 400)));
            fixed = true;
        }
        QVERIFY2(fixed, "Weiter did nothing and shows no problem");
    }
    QFAIL("the step is not accepted");
}

void FormByTouch::checkWrongDateReported()
{
    bt::forms::StepView* view = m_citizen.form().stepView();
    bt::forms::DateTimeEditor* wrong = nullptr;
    for (auto* date : view->findChildren<bt::forms::DateTimeEditor*>()) {
        if (date->value() == u"31.02.2000") {
            wrong = date;
        }
    }
    if (!wrong) {
        return; // not on this step
    }
    const int step = m_citizen.form().form().currentStep();
    TOUCH(m_citizen.tap(m_citizen.form().nextButton()));
    QCOMPARE(m_citizen.form().form().currentStep(), step);
    bt::forms::ErrorSummary* summary = view->errorSummary();
    QVERIFY(summary->isVisible());
    auto* heading = summary->findChild<QLabel*>(QStringLiteral("summaryHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->text(), m_texts.summaryHeading);
    QVERIFY(!summary->lineButtons().isEmpty());
    QCOMPARE(summary->lineButtons().front()->text(),
             QStringLiteral("%1: %2").arg(wrong->field().label, m_texts.dateFormatError));
    QVERIFY(wrong->errorLabel() && wrong->errorLabel()->isVisible());
    QCOMPARE(wrong->errorLabel()->text(), m_texts.dateFormatError);
    QVERIFY2(inside(wrong, QApplication::focusWidget()), qPrintable(describe(QApplication::focusWidget())));
    // The field is on screen, not scrolled away.
    QVERIFY(!wrong->visibleRegion().isEmpty());
    QVERIFY(readable(wrong));
    TOUCH(m_screens.saveWindow(m_citizen.window(), stepName(step, "-wrong-date")));
    // Corrected by touch; the message goes with the next "Weiter".
    TOUCH(m_citizen.clearDate(wrong));
    TOUCH(m_answers.typeDate(wrong, QDate(1970, 1, 31)));
}

} // namespace bt::test
