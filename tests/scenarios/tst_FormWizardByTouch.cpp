// Every shipped form filled the way a citizen fills it at the terminal: from "Jetzt beginnen" to
// "Bitte prüfen Sie Ihre Angaben" with taps on the real widgets only. Letters come from the
// terminal's on-screen keyboard, digits from the big number pad, yes/no and choices from their
// tiles, long lists through their filter line; repeated parts are added and removed with their
// buttons. No editor's setValue(): a field a finger cannot reach or fill fails here.
// Along the way it checks what a citizen is told (the error under a wrong field, the summary
// after "Weiter", where the focus goes) and that the review shows what was typed, and saves every
// step and the review as PNG (BT_TEST_OUTPUT_DIR/wizard-screens) for people to look at.
// Every check here must pass: a failure is a bug of the terminal a citizen would meet.
#include "BoolEditor.h"
#include "ChoiceTile.h"
#include "DateTimeEditor.h"
#include "ErrorSummary.h"
#include "FieldEditor.h"
#include "FooterBar.h"
#include "FormScreen.h"
#include "HomeScreen.h"
#include "MemberForm.h"
#include "NumberEditor.h"
#include "NumberPad.h"
#include "OnScreenKeyboard.h"
#include "RepeatableList.h"
#include "ReviewScreen.h"
#include "SelectEditor.h"
#include "ServiceIndexScreen.h"
#include "ServiceScreen.h"
#include "StepView.h"
#include "TerminalFixture.h"
#include "TextEditor.h"
#include "TileButton.h"
#include "TopicScreen.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QSet>
#include <QTemporaryDir>
// Taps go through the window, as the touch screen's do: the widget under the point gets them.
#define QTEST_QPA_MOUSE_HANDLING
#include <QTest>

#include <algorithm>

using bt::app::JourneyStep;
using bt::forms::DataType;
using bt::forms::FieldEditor;
using bt::test::TerminalFixture;

// A helper's QVERIFY ends only the helper: the caller stops too once the test has failed.
#define TOUCH(call)                                                                                                    \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

namespace {

// What the citizen reads, in the two shipped languages.
struct Texts
{
    QString yes;
    QString no;
    QString reviewTitle;
    QString summaryHeading;
    QString dateFormatError;
    QString fillIn;
};

Texts textsIn(const QString& language)
{
    if (language == u"en") {
        return {QStringLiteral("Yes"),
                QStringLiteral("No"),
                QStringLiteral("Please check your answers"),
                QStringLiteral("Please check these entries:"),
                QStringLiteral("Please enter a date like 31.12.2024."),
                QStringLiteral("Please fill in this field.")};
    }
    return {QStringLiteral("Ja"),
            QStringLiteral("Nein"),
            QStringLiteral("Bitte prüfen Sie Ihre Angaben"),
            QStringLiteral("Bitte prüfen Sie diese Angaben:"),
            QStringLiteral("Bitte geben Sie ein Datum wie 31.12.2024 ein."),
            QStringLiteral("Bitte füllen Sie dieses Feld aus.")};
}

// One answer as the review must show it.
struct Given
{
    int step;
    QString label;
    QString shown;
    bool typedDecimal = false; // a number with a decimal comma (not euros)
    bool euros = false;
};

// Entirely on the screen: shown, and not cut off by the edge of its scrolling page.
bool wholeOnScreen(const QWidget* widget)
{
    return widget && widget->isVisible() && widget->visibleRegion() == QRegion(widget->rect());
}

// The question and the message under the field are both on the screen (what was typed lies
// between them).
bool readable(const FieldEditor* editor)
{
    return wholeOnScreen(editor->findChild<QLabel*>(QStringLiteral("question"))) && wholeOnScreen(editor->errorLabel());
}

bool inside(const QWidget* outer, const QWidget* widget)
{
    return widget && outer && (widget == outer || outer->isAncestorOf(widget));
}

template <typename T> T* nearest(QWidget* widget)
{
    for (QWidget* up = widget ? widget->parentWidget() : nullptr; up; up = up->parentWidget()) {
        if (auto* found = qobject_cast<T*>(up)) {
            return found;
        }
    }
    return nullptr;
}

// The editors a citizen sees on the step, top to bottom.
QList<FieldEditor*> shownEditors(bt::forms::StepView* view)
{
    QList<FieldEditor*> shown;
    for (FieldEditor* editor : view->findChildren<FieldEditor*>()) {
        if (editor->isVisibleTo(view)) {
            shown << editor;
        }
    }
    std::stable_sort(shown.begin(), shown.end(), [view](FieldEditor* a, FieldEditor* b) {
        return a->mapTo(view, QPoint()).y() < b->mapTo(view, QPoint()).y();
    });
    return shown;
}

// A screenshot that shows something: not one colour, not an empty frame. Sampled on a grid.
bool looksRendered(const QImage& image, QString* why)
{
    if (image.isNull() || image.width() < 200 || image.height() < 100) {
        *why = QStringLiteral("empty or tiny image");
        return false;
    }
    QHash<QRgb, int> colours;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            ++colours[image.pixel(x, y)];
            ++samples;
        }
    }
    const int commonest = *std::max_element(colours.cbegin(), colours.cend());
    // Anti-aliased text alone gives dozens of shades; a blank page has one or two.
    if (colours.size() < 16 || commonest > samples * 99 / 100) {
        *why = QStringLiteral("%1 colours, the commonest on %2 of %3 samples")
                   .arg(colours.size())
                   .arg(commonest)
                   .arg(samples);
        return false;
    }
    return true;
}

// A date as typed on the number pad: Tag, Monat, Jahr.
QString padDigits(QDate date)
{
    return date.toString(QStringLiteral("ddMMyyyy"));
}

} // namespace

class tst_FormWizardByTouch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TerminalFixture> m_terminal;
    Texts m_texts;
    QString m_shotPrefix;
    QDir m_shots{QStringLiteral(BT_TEST_OUTPUT_DIR "/wizard-screens")};
    QStringList m_yes;
    QStringList m_reveals;
    QList<Given> m_given;                      // answers of the steps done so far
    QHash<const FieldEditor*, Given> m_onStep; // answers on the step on screen
    QSet<const FieldEditor*> m_done;           // editors of this step already answered
    QStringList m_repeated;                    // repeated parts whose entries were added and removed
    QList<Given> m_keptSecond;                 // repeated groups that go to the review with two entries
    int m_textNumber = 0;
    bool m_wrongDateTried = false;
    int m_taps = 0;

    bt::app::KioskWindow& window() const { return *m_terminal->window; }
    bt::app::FormScreen& form() const { return *m_terminal->formScreen(); }
    bt::widgets::OnScreenKeyboard* keyboard() const { return m_terminal->keyboard(); }

    // A finger on the widget: the page is scrolled to it first (a finger can only touch what is
    // on the screen), and the point must really be that widget's, not a keyboard or a header
    // over it.
    enum class Hold
    {
        Short, // a quick tap: released before a scrolling page passes the press on
        Long,  // the finger rests until the scrolling page has passed the press on
    };

    void tap(QWidget* target, QPoint at = {}, Hold hold = Hold::Short)
    {
        QVERIFY2(target, "nothing to tap");
        if (at.isNull()) {
            at = target->rect().center();
        }
        if (auto* page = nearest<QScrollArea>(target)) {
            page->ensureWidgetVisible(target, 16, 16);
            // A widget taller than the page (a list) is centred: the point itself must be shown.
            const QPoint point = target->mapTo(page->widget(), at);
            page->ensureVisible(point.x(), point.y(), 16, 48);
            TerminalFixture::settle();
        }
        QVERIFY2(target->isVisible(), qPrintable(QStringLiteral("not visible: ") + describe(target)));
        QWidget* hit = window().childAt(target->mapTo(&window(), at));
        QVERIFY2(inside(target, hit),
                 qPrintable(QStringLiteral("%1 is covered by %2").arg(describe(target), describe(hit))));
        QTest::mousePress(target, Qt::LeftButton, {}, at);
        if (auto* page = nearest<QScrollArea>(target); page && hold == Hold::Long) {
            const QVariant delay = QScroller::scroller(page->viewport())
                                       ->scrollerProperties()
                                       .scrollMetric(QScrollerProperties::MousePressEventDelay);
            QTest::qWait(int(delay.toReal() * 1000) + 100);
        }
        QTest::mouseRelease(target, Qt::LeftButton, {}, at);
        TerminalFixture::settle();
        ++m_taps;
    }

    static QString describe(const QWidget* widget)
    {
        if (!widget) {
            return QStringLiteral("nothing");
        }
        QString text = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (const FieldEditor* editor = nearestEditor(widget)) {
            text += QStringLiteral(" in \"%1\"").arg(editor->field().label);
        }
        return text;
    }

    static const FieldEditor* nearestEditor(const QWidget* widget)
    {
        for (const QWidget* up = widget; up; up = up->parentWidget()) {
            if (auto* editor = qobject_cast<const FieldEditor*>(up)) {
                return editor;
            }
        }
        return nullptr;
    }

    // Types on the on-screen keyboard into the field that has the focus: shift before a capital
    // letter (it applies to one letter), the space bar for spaces.
    void typeOnKeyboard(const QString& text)
    {
        QVERIFY(keyboard());
        QTRY_VERIFY2(keyboard()->isVisible(), "the keyboard did not come up for a text field");
        for (const QChar character : text) {
            if (character == u' ') {
                TOUCH(tap(keyboard()->spaceKey()));
                continue;
            }
            QPushButton* key = keyboard()->keyFor(QString(character));
            QVERIFY2(key, qPrintable(QStringLiteral("no key for \"%1\"").arg(character)));
            if (character.isUpper()) {
                TOUCH(tap(keyboard()->shiftKey()));
                QVERIFY(keyboard()->isShifted());
            }
            TOUCH(tap(key));
        }
    }

    // A key of the number pad, tapped by a finger while the focus is in the field.
    void pressPadKey(FieldEditor* editor, QPushButton* key)
    {
        QVERIFY(key);
        QVERIFY2(inside(editor, QApplication::focusWidget()),
                 qPrintable(QStringLiteral("typing into %1 with the focus in %2")
                                .arg(editor->field().label, describe(QApplication::focusWidget()))));
        TOUCH(tap(key));
    }

    void typeOnPad(FieldEditor* editor, const QString& keys)
    {
        QTRY_VERIFY2(editor->numberPad() && editor->numberPad()->isVisible(),
                     qPrintable(QStringLiteral("no number pad under ") + editor->field().label));
        // Digits come from the pad; the letter keyboard stays away and keeps the page large.
        QTRY_VERIFY(!keyboard()->isVisible());
        for (const QChar key : keys) {
            TOUCH(pressPadKey(editor, editor->numberPad()->keyFor(QString(key))));
        }
    }

    // A date field emptied with the pad's delete key: from the end of the year backwards, the
    // delete key goes on into the month and the day by itself.
    void clearDate(bt::forms::DateTimeEditor* editor)
    {
        QLineEdit* year = editor->segments().back();
        // At the right end of the digits, where a finger puts the cursor to delete.
        TOUCH(tap(year, QPoint(year->width() - 6, year->height() / 2)));
        int digits = 0;
        for (QLineEdit* segment : editor->segments()) {
            digits += int(segment->text().size());
        }
        QTRY_VERIFY(editor->numberPad() && editor->numberPad()->isVisible());
        for (int i = 0; i < digits; ++i) {
            TOUCH(pressPadKey(editor, editor->numberPad()->deleteKey()));
        }
        QCOMPARE(editor->value(), QString());
        QVERIFY(editor->segments().front()->hasFocus());
    }

    void typeDate(bt::forms::DateTimeEditor* editor, QDate date)
    {
        if (!editor->segments().front()->hasFocus()) {
            TOUCH(tap(editor->segments().front()));
        }
        TOUCH(typeOnPad(editor, padDigits(date)));
        QCOMPARE(editor->value(), date.toString(Qt::ISODate));
        record(editor, date.toString(QStringLiteral("dd.MM.yyyy")));
    }

    void record(const FieldEditor* editor, const QString& shown)
    {
        m_onStep.insert(editor, {form().form().currentStep(), editor->field().label, shown, false, false});
    }

    // What a citizen would type into a text field: a real-looking value where the form asks for
    // a format (postcode, e-mail, IBAN, …), otherwise a numbered answer that the review can be
    // searched for. Only characters of the on-screen keyboard.
    QString textFor(const bt::forms::Field& field)
    {
        static const QHash<QString, QString> person{
            {QStringLiteral("F99000001"), QStringLiteral("Müller")},
            {QStringLiteral("F00000013"), QStringLiteral("Müller")},
            {QStringLiteral("F99000002"), QStringLiteral("Erika")},
            {QStringLiteral("F00000045"), QStringLiteral("Erika")},
            {QStringLiteral("F99000006"), QStringLiteral("Köln")},
            {QStringLiteral("F99000008"), QStringLiteral("Hauptstraße 5")},
            {QStringLiteral("F99000010"), QStringLiteral("Musterstadt")},
        };
        QStringList candidates;
        if (person.contains(field.id)) {
            candidates << person.value(field.id);
        }
        candidates << QStringLiteral("Angabe %1").arg(++m_textNumber) << QStringLiteral("33602")
                   << QStringLiteral("anna.muster@example.org") << QStringLiteral("0521 123456")
                   << QStringLiteral("HRB 12345") << QStringLiteral("MS-AB 123") << QStringLiteral("276098100123456")
                   << QStringLiteral("DE89370400440532013000");
        const bt::forms::Constraints& rules = field.constraints;
        for (const QString& candidate : candidates) {
            if ((rules.pattern.isEmpty() || rules.compiledPattern.match(candidate).hasMatch()) &&
                candidate.size() >= rules.minLength.value_or(0) && candidate.size() <= rules.maxLength.value_or(1000)) {
                return candidate;
            }
        }
        return {};
    }

    void answerText(bt::forms::TextEditor* editor)
    {
        const QString text = textFor(editor->field());
        QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no sample fits ") + editor->field().id));
        QWidget* input =
            editor->lineEdit() ? static_cast<QWidget*>(editor->lineEdit()) : editor->textEdit()->viewport();
        TOUCH(tap(input));
        QVERIFY2(
            inside(editor, QApplication::focusWidget()),
            qPrintable(
                QStringLiteral("tapped %1, focus in %2").arg(describe(input), describe(QApplication::focusWidget()))));
        TOUCH(typeOnKeyboard(text));
        QCOMPARE(editor->value(), text);
        record(editor, text);
    }

    void answerNumber(bt::forms::NumberEditor* editor)
    {
        // A whole number within every range of the forms; a measure with a decimal comma; euros
        // and cents.
        QString keys = QStringLiteral("2");
        QString value = keys;
        QString shown = keys;
        if (editor->field().type == DataType::Num) {
            keys = QStringLiteral("1,75");
            value = QStringLiteral("1.75");
            shown = keys;
        } else if (editor->field().type == DataType::NumCurrency) {
            keys = QStringLiteral("25000,5");
            value = QStringLiteral("25000.50");
            shown = QStringLiteral("25.000,50 €");
        }
        TOUCH(tap(editor->lineEdit()));
        TOUCH(typeOnPad(editor, keys));
        QCOMPARE(editor->lineEdit()->text(), keys);
        QCOMPARE(editor->value(), value);
        record(editor, shown);
        m_onStep[editor].typedDecimal = editor->field().type == DataType::Num;
        m_onStep[editor].euros = editor->field().type == DataType::NumCurrency;
    }

    void answerDate(bt::forms::DateTimeEditor* editor)
    {
        QVERIFY2(editor->mode() == bt::forms::DateTimeEditor::Mode::Date, "the shipped forms ask only for dates");
        if (!m_wrongDateTried) {
            m_wrongDateTried = true;
            TOUCH(enterWrongDate(editor));
            return;
        }
        // Most dates of the forms lie in the past (births, permits); "Weiter" tells which must not.
        TOUCH(typeDate(editor, QDate(1970, 1, 31)));
    }

    // The 31st of February, and the finger moves on to another field: the citizen should be
    // told at once, under the field, in plain words.
    void enterWrongDate(bt::forms::DateTimeEditor* editor)
    {
        TOUCH(tap(editor->segments().front()));
        TOUCH(typeOnPad(editor, QStringLiteral("31022000")));
        QCOMPARE(editor->value(), QStringLiteral("31.02.2000"));
        QLineEdit* elsewhere = nullptr;
        for (FieldEditor* other : shownEditors(form().stepView())) {
            if (other != editor && other->findChild<QLineEdit*>() && !other->isLocked()) {
                elsewhere = other->findChild<QLineEdit*>();
                break;
            }
        }
        QVERIFY2(elsewhere, "no other field to move to");
        TOUCH(tap(elsewhere));
        QVERIFY(!inside(editor, QApplication::focusWidget()));
        QCOMPARE(editor->errorLabel() && editor->errorLabel()->isVisible() ? editor->errorLabel()->text() : QString(),
                 m_texts.dateFormatError);
    }

    void answerYesNo(bt::forms::BoolEditor* editor)
    {
        const bool yes = m_yes.contains(editor->field().id);
        const qsizetype before = shownEditors(form().stepView()).size();
        TOUCH(tap(yes ? editor->yesButton() : editor->noButton()));
        QCOMPARE(editor->value(), yes ? QStringLiteral("true") : QStringLiteral("false"));
        if (m_reveals.contains(editor->field().id)) {
            // The form's rule shows the questions that follow from this answer.
            QVERIFY2(shownEditors(form().stepView()).size() > before, qPrintable(editor->field().label));
        }
        record(editor, yes ? m_texts.yes : m_texts.no);
    }

    void answerChoice(bt::forms::SelectEditor* editor)
    {
        const std::vector<bt::forms::CodeListEntry>& entries = editor->field().codeList->entries();
        const bt::forms::CodeListEntry& chosen = entries.front();
        if (!editor->list()) {
            TOUCH(tap(editor->tileFor(chosen.code)));
        } else {
            // A long list: the first letters in the filter line, then the entry.
            TOUCH(tap(editor->filterEdit()));
            const QString letters = chosen.label.left(3).toLower();
            TOUCH(typeOnKeyboard(letters));
            QListWidget* list = editor->list();
            QListWidgetItem* item = nullptr;
            int shown = 0;
            for (int row = 0; row < list->count(); ++row) {
                if (!list->item(row)->isHidden()) {
                    ++shown;
                    if (!item && list->item(row)->text() == chosen.label) {
                        item = list->item(row);
                    }
                }
            }
            QVERIFY2(item, qPrintable(QStringLiteral("\"%1\" filtered away by \"%2\"").arg(chosen.label, letters)));
            QVERIFY2(shown < list->count(), qPrintable(QStringLiteral("\"%1\" left all entries").arg(letters)));
            TOUCH(tap(list->viewport(), list->visualItemRect(item).center()));
        }
        QCOMPARE(editor->value(), chosen.code);
        record(editor, chosen.label);
    }

    void answer(FieldEditor* editor)
    {
        if (auto* text = qobject_cast<bt::forms::TextEditor*>(editor)) {
            TOUCH(answerText(text));
        } else if (auto* number = qobject_cast<bt::forms::NumberEditor*>(editor)) {
            TOUCH(answerNumber(number));
        } else if (auto* date = qobject_cast<bt::forms::DateTimeEditor*>(editor)) {
            TOUCH(answerDate(date));
        } else if (auto* yesNo = qobject_cast<bt::forms::BoolEditor*>(editor)) {
            TOUCH(answerYesNo(yesNo));
        } else if (auto* choice = qobject_cast<bt::forms::SelectEditor*>(editor)) {
            TOUCH(answerChoice(choice));
        } else {
            QFAIL(qPrintable(QStringLiteral("no way to answer ") + describe(editor)));
        }
    }

    // Every empty question on screen, top to bottom; answers show further questions, so the
    // step is looked at again after each.
    void answerShownQuestions()
    {
        for (;;) {
            FieldEditor* next = nullptr;
            for (FieldEditor* editor : shownEditors(form().stepView())) {
                if (editor->takesInput() && !editor->isLocked() && editor->value().isEmpty() &&
                    !m_done.contains(editor)) {
                    next = editor;
                    break;
                }
            }
            if (!next) {
                return;
            }
            m_done.insert(next);
            TOUCH(answer(next));
        }
    }

    // Repeated parts: "Noch einen Eintrag hinzufügen" adds an entry and puts the finger into it,
    // "Entfernen" takes it away again. A repeated group keeps a second, answered entry.
    void addAndRemoveEntries()
    {
        bt::forms::StepView* view = form().stepView();
        QList<bt::forms::RepeatableList*> lists;
        for (bt::forms::RepeatableList* list : view->findChildren<bt::forms::RepeatableList*>()) {
            if (list->isVisibleTo(view) && !list->addButton()->isHidden() &&
                nearest<bt::forms::MemberForm>(list) == view->form()) {
                lists << list;
            }
        }
        for (bt::forms::RepeatableList* list : lists) {
            const int before = list->count();
            const bool group =
                form().form().schema()->group(list->objectName().mid(int(qstrlen("repeat_")))) != nullptr;
            TOUCH(tap(list->addButton()));
            QCOMPARE(list->count(), before + 1);
            QTRY_VERIFY(inside(list->occurrence(before), QApplication::focusWidget()));
            QVERIFY(list->removeButton(before)->isVisible());
            m_repeated << list->objectName().mid(int(qstrlen("repeat_")));
            if (group && before == 1) {
                TOUCH(answerShownQuestions()); // the second entry, answered and kept
                QCOMPARE(list->count(), 2);
                const bt::forms::Group* repeated =
                    form().form().schema()->group(list->objectName().mid(int(qstrlen("repeat_"))));
                m_keptSecond << Given{form().form().currentStep(),
                                      repeated->label.isEmpty() ? repeated->id : repeated->label,
                                      QStringLiteral("2"),
                                      false,
                                      false};
                TOUCH(tap(list->addButton()));
                QCOMPARE(list->count(), 3);
            }
            const int last = list->count() - 1;
            TOUCH(tap(list->removeButton(last)));
            QCOMPARE(list->count(), last);
            TerminalFixture::settle();
        }
    }

    // The values a citizen can find on the review: fields of the step and of the occurrences of
    // its repeated groups (a repeated field or a part repeated inside an entry is not listed).
    bool listedOnReview(const FieldEditor* editor) const
    {
        bt::forms::StepView* view = form().stepView();
        auto* owner = nearest<bt::forms::MemberForm>(const_cast<FieldEditor*>(editor));
        if (owner == view->form()) {
            return true;
        }
        auto* list = nearest<bt::forms::RepeatableList>(owner);
        return list && nearest<bt::forms::MemberForm>(list) == view->form() &&
               form().form().schema()->group(list->objectName().mid(int(qstrlen("repeat_"))));
    }

    // "Weiter" until the step is accepted. Dates refused by a rule ("not in the past") get the
    // other kind of date, in two weeks; any other complaint is a failure.
    void finishStep()
    {
        const int step = form().form().currentStep();
        for (int attempt = 0; attempt < 3; ++attempt) {
            // Read before "Weiter": the next step replaces these editors.
            QList<Given> answers;
            for (auto it = m_onStep.cbegin(); it != m_onStep.cend(); ++it) {
                if (listedOnReview(it.key())) {
                    answers << it.value();
                }
            }
            TOUCH(tap(form().nextButton()));
            if (form().form().currentStep() != step || !form().isVisible()) {
                m_given << answers;
                m_onStep.clear();
                m_done.clear();
                return;
            }
            bool fixed = false;
            for (FieldEditor* editor : shownEditors(form().stepView())) {
                if (editor->error().isEmpty()) {
                    continue;
                }
                auto* date = qobject_cast<bt::forms::DateTimeEditor*>(editor);
                QVERIFY2(date && attempt < 2,
                         qPrintable(QStringLiteral("\"%1\" refused: %2 (%3)")
                                        .arg(editor->field().label, editor->error(), editor->value())));
                TOUCH(clearDate(date));
                TOUCH(typeDate(date, QDate::currentDate().addDays(14 + attempt * 400)));
                fixed = true;
            }
            QVERIFY2(fixed, "Weiter did nothing and shows no problem");
        }
        QFAIL("the step is not accepted");
    }

    // After "Weiter" on the wrong date: the step stays, the box at the top says what is wrong,
    // the message is under the field, and the finger is put into that field.
    void checkWrongDateReported()
    {
        bt::forms::StepView* view = form().stepView();
        bt::forms::DateTimeEditor* wrong = nullptr;
        for (auto* date : view->findChildren<bt::forms::DateTimeEditor*>()) {
            if (date->value() == u"31.02.2000") {
                wrong = date;
            }
        }
        if (!wrong) {
            return; // not on this step
        }
        const int step = form().form().currentStep();
        TOUCH(tap(form().nextButton()));
        QCOMPARE(form().form().currentStep(), step);
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
        TOUCH(saveWindow(QStringLiteral("step%1-wrong-date").arg(step + 1, 2, 10, QLatin1Char('0'))));
        // Corrected by touch; the message goes with the next "Weiter".
        TOUCH(clearDate(wrong));
        TOUCH(typeDate(wrong, QDate(1970, 1, 31)));
    }

    static QString summaryText(bt::forms::StepView* view)
    {
        QStringList lines;
        for (QAbstractButton* line : view->errorSummary()->lineButtons()) {
            lines << line->text();
        }
        return lines.join(QStringLiteral(" | "));
    }

    void saveImage(const QImage& image, const QString& name)
    {
        QString why;
        QVERIFY2(looksRendered(image, &why), qPrintable(name + QStringLiteral(": ") + why));
        QVERIFY(image.save(m_shots.filePath(m_shotPrefix + name + QStringLiteral(".png"))));
    }

    // The screen as the citizen sees it.
    void saveWindow(const QString& name) { saveImage(window().grab().toImage(), name); }

    // A citizen identified as far as every form needs (the ID card comes with its own issue)
    // taps "Jetzt beginnen" on the service's page.
    void startForm(const QString& serviceKey, const QString& language, bt::widgets::ThemeSettings theme)
    {
        m_terminal = std::make_unique<TerminalFixture>();
        m_terminal->startJourney();
        // The key events of the keyboard and the pad go to the focused widget of the active window.
        QApplication::setActiveWindow(&window());
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        m_terminal->session.setLanguage(language);
        m_terminal->session.setTheme(theme);
        m_terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        m_terminal->workflows.journey.chooseService(serviceKey);
        TerminalFixture::settle();
        QCOMPARE(m_terminal->journey.step(), JourneyStep::ServicePage);
        TOUCH(tap(m_terminal->serviceScreen()->startButton()));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::Form);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_shots.mkpath(QStringLiteral("."))); }
    // A failed row leaves its terminal behind; the next row starts with a fresh one.
    void cleanup() { m_terminal.reset(); }

    // Quick taps on tiles and buttons inside scrolling pages that change the screen: the page's
    // swipe gesture delivers press and release together, and the new screen must not pull the
    // widgets out from under that delivery (a quick tap on "Ändern" once crashed the terminal).
    void quickTapsThatChangeTheScreen()
    {
        m_terminal = std::make_unique<TerminalFixture>();
        m_terminal->startJourney();
        QApplication::setActiveWindow(&window());
        TOUCH(tap(m_terminal->homeScreen()->tileFor(QStringLiteral("bauen-wohnen"))));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::Topic);
        QList<bt::widgets::TileButton*> services;
        for (auto* tile : m_terminal->topicScreen()->findChildren<bt::widgets::TileButton*>()) {
            if (tile->isVisible() && tile->objectName().startsWith(QStringLiteral("service_"))) {
                services.append(tile);
            }
        }
        QVERIFY(!services.isEmpty());
        TOUCH(tap(services.last()));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::ServicePage);
        TOUCH(tap(m_terminal->footer()->backButton()));
        TOUCH(tap(m_terminal->footer()->backButton()));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::Home);
        auto* index = m_terminal->homeScreen()->findChild<QPushButton*>(QStringLiteral("serviceIndexButton"));
        TOUCH(tap(index));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::ServiceIndex);
        bt::widgets::TileButton* sperrmuell =
            m_terminal->serviceIndexScreen()->serviceTile(QStringLiteral("local:sperrmuell-abholung"));
        TOUCH(tap(sperrmuell));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::ServicePage);
        m_terminal->session.setAchievedTrustLevel(bt::app::TrustLevel::High);
        m_terminal->serviceScreen()->retranslate();
        TOUCH(tap(m_terminal->serviceScreen()->startButton()));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::Form);
    }

    // Day, month and year of a date, each typed with a finger on the number pad.
    void datePadTypesMonthAndYear()
    {
        TOUCH(startForm(QStringLiteral("99115003012000"), QStringLiteral("de"), {}));
        bt::forms::DateTimeEditor* date = nullptr;
        for (FieldEditor* editor : shownEditors(form().stepView())) {
            date = date ? date : qobject_cast<bt::forms::DateTimeEditor*>(editor);
        }
        QVERIFY(date);
        TOUCH(tap(date->segments()[0]));
        TOUCH(tap(date->numberPad()->keyFor(QStringLiteral("3"))));
        TOUCH(tap(date->numberPad()->keyFor(QStringLiteral("1"))));
        QCOMPARE(date->segments()[0]->text(), QStringLiteral("31"));
        QVERIFY(date->segments()[1]->hasFocus()); // on to the month by itself
        TOUCH(tap(date->numberPad()->keyFor(QStringLiteral("0"))));
        QVERIFY2(inside(date, QApplication::focusWidget()), qPrintable(describe(QApplication::focusWidget())));
        QCOMPARE(date->segments()[1]->text(), QStringLiteral("0"));
    }

    void fillEveryShippedFormByTouch_data()
    {
        QTest::addColumn<QString>("serviceKey");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("textSize");
        QTest::addColumn<int>("contrast");
        // Yes/no questions answered "Ja" (the others "Nein").
        QTest::addColumn<QStringList>("yes");
        // Questions whose answer must show more questions.
        QTest::addColumn<QStringList>("reveals");
        // Questions that those answers bring up, on the same step or a later one.
        QTest::addColumn<QStringList>("mustAsk");
        // Repeated parts, in form order: an entry added and removed in each.
        QTest::addColumn<QStringList>("repeated");
        const int normal = int(bt::widgets::TextSize::Normal);
        const int standard = int(bt::widgets::Contrast::Standard);
        const auto ids = [](std::initializer_list<const char*> list) {
            QStringList made;
            for (const char* id : list) {
                made << QString::fromLatin1(id);
            }
            return made;
        };
        QTest::newRow("sperrmuell-de") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("de") << normal
                                       << standard << QStringList() << ids({"F99000501"}) << ids({"F99000502"})
                                       << ids({"G99000051"});
        QTest::newRow("meldebescheinigung-de")
            << QStringLiteral("99115003012000") << QStringLiteral("de") << normal << standard << QStringList()
            << QStringList() << QStringList() << QStringList();
        // (The authority's address is in the step after the question that asks for it.)
        QTest::newRow("fuehrungszeugnis-de") << QStringLiteral("99049001001000") << QStringLiteral("de") << normal
                                             << standard << ids({"F99000301", "F99000304"}) << ids({"F99000301"})
                                             << ids({"F99000302", "F99000311"}) << QStringList();
        QTest::newRow("bewohnerparkausweis-de")
            << QStringLiteral("99108001001000") << QStringLiteral("de") << normal << standard << QStringList()
            << ids({"F99000402"}) << ids({"F99000403"}) << QStringList();
        QTest::newRow("hundesteuer-de") << QStringLiteral("99102013104000") << QStringLiteral("de") << normal
                                        << standard << ids({"F99000211", "F99000221"})
                                        << ids({"F99000211", "F99000221"}) << ids({"F99000212", "F99000223"})
                                        << ids({"G99000020"});
        QTest::newRow("gewerbeanmeldung-de")
            << QStringLiteral("99050012104000") << QStringLiteral("de") << normal << standard << ids({"F99000603"})
            << ids({"F99000603", "F99000611"}) << ids({"F99000604", "F99000612"}) << QStringList();
        QTest::newRow("blaue-karte-de") << QStringLiteral("local:blaue-karte-eu") << QStringLiteral("de") << normal
                                        << standard << ids({"F00001027", "F00001041"})
                                        << ids({"F00001027", "F00001041"}) << ids({"F00001028", "F00001042"})
                                        << ids({"F00000087", "F00000087", "G00000015"});
        // One form in English, with extra-large text and with high contrast.
        QTest::newRow("sperrmuell-en") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("en") << normal
                                       << standard << QStringList() << ids({"F99000501"}) << ids({"F99000502"})
                                       << ids({"G99000051"});
        QTest::newRow("sperrmuell-xl") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("de")
                                       << int(bt::widgets::TextSize::ExtraLarge) << standard << QStringList()
                                       << ids({"F99000501"}) << ids({"F99000502"}) << ids({"G99000051"});
        QTest::newRow("sperrmuell-high") << QStringLiteral("local:sperrmuell-abholung") << QStringLiteral("de")
                                         << normal << int(bt::widgets::Contrast::High) << QStringList()
                                         << ids({"F99000501"}) << ids({"F99000502"}) << ids({"G99000051"});
    }

    void fillEveryShippedFormByTouch()
    {
        QFETCH(QString, serviceKey);
        QFETCH(QString, language);
        QFETCH(int, textSize);
        QFETCH(int, contrast);
        QFETCH(QStringList, yes);
        QFETCH(QStringList, reveals);
        QFETCH(QStringList, mustAsk);
        QFETCH(QStringList, repeated);
        QSet<QString> asked;
        QElapsedTimer took;
        took.start();
        m_texts = textsIn(language);
        m_yes = yes;
        m_reveals = reveals;
        m_given.clear();
        m_onStep.clear();
        m_done.clear();
        m_textNumber = 0;
        m_repeated.clear();
        m_keptSecond.clear();
        m_wrongDateTried = false;
        m_taps = 0;
        m_shotPrefix = QString::fromLatin1(QTest::currentDataTag()) + u'-';

        TOUCH(startForm(serviceKey, language, {bt::widgets::TextSize(textSize), bt::widgets::Contrast(contrast)}));
        const int steps = form().form().plan().size();
        QVERIFY(steps > 1);

        // "Weiter" on the empty first step: it stays, every missing answer is said under its
        // field and in the box at the top, and the finger is put into the first of them.
        TOUCH(saveWindow(QStringLiteral("step01")));
        TOUCH(tap(form().nextButton()));
        QCOMPARE(form().form().currentStep(), 0);
        bt::forms::StepView* first = form().stepView();
        QVERIFY(first->errorSummary()->isVisible());
        FieldEditor* firstWrong = nullptr;
        int wrong = 0;
        for (FieldEditor* editor : shownEditors(first)) {
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
        // One line per message; a rule about the step as a whole ("Telefon oder E-Mail") has a
        // line but no field of its own.
        QVERIFY2(first->errorSummary()->lineButtons().size() >= wrong, qPrintable(summaryText(first)));
        QVERIFY2(inside(firstWrong, QApplication::focusWidget()), qPrintable(describe(QApplication::focusWidget())));
        QVERIFY2(readable(firstWrong), "the question or the message of the first wrong field is off the screen");
        TOUCH(saveWindow(QStringLiteral("step01-missing")));

        for (int step = 0; step < steps; ++step) {
            QCOMPARE(form().form().currentStep(), step);
            if (step > 0) {
                TOUCH(saveWindow(QStringLiteral("step%1").arg(step + 1, 2, 10, QLatin1Char('0'))));
            }
            TOUCH(answerShownQuestions());
            TOUCH(addAndRemoveEntries());
            TOUCH(answerShownQuestions());
            TOUCH(checkWrongDateReported());
            const QList<FieldEditor*> shown = shownEditors(form().stepView());
            for (FieldEditor* editor : shown) {
                asked << editor->field().id;
            }
            QVERIFY2(!shown.isEmpty(), qPrintable(QStringLiteral("step %1 asks nothing").arg(step + 1)));
            if (!shown.isEmpty()) {
                // The whole step as answered, not only the part on the screen.
                TOUCH(saveImage(form().stepView()->grab().toImage(),
                                QStringLiteral("step%1-answered").arg(step + 1, 2, 10, QLatin1Char('0'))));
            }
            TOUCH(finishStep());
        }
        QVERIFY2(m_wrongDateTried, "the form has no date to get wrong");
        QCOMPARE(m_repeated, repeated);
        // The questions that follow from an answer were asked on one of the steps.
        for (const QString& id : std::as_const(mustAsk)) {
            QVERIFY2(asked.contains(id), qPrintable(id));
        }

        // The review lists what was typed, in the citizen's words, under the step it belongs to.
        QCOMPARE(m_terminal->journey.step(), JourneyStep::Review);
        bt::app::ReviewScreen* review = m_terminal->reviewScreen();
        QStringList titles;
        for (auto* label : review->findChildren<QLabel*>()) {
            titles << label->text();
        }
        QVERIFY(titles.contains(m_texts.reviewTitle));
        for (const Given& given : std::as_const(m_given)) {
            const QString line =
                QStringLiteral("<b>%1</b>: %2").arg(given.label.toHtmlEscaped(), given.shown.toHtmlEscaped());
            QVERIFY2(review->stepText(given.step).contains(line),
                     qPrintable(QStringLiteral("step %1 lacks %2 in: %3")
                                    .arg(given.step + 1)
                                    .arg(line, review->stepText(given.step))));
        }
        for (const Given& kept : std::as_const(m_keptSecond)) {
            const QString heading = QStringLiteral("<i>%1 %2</i>").arg(kept.label.toHtmlEscaped(), kept.shown);
            QVERIFY2(review->stepText(kept.step).contains(heading), qPrintable(review->stepText(kept.step)));
        }
        TOUCH(saveWindow(QStringLiteral("review")));
        auto* page = review->findChild<QScrollArea*>();
        QVERIFY(page && page->widget());
        TOUCH(saveImage(page->widget()->grab().toImage(), QStringLiteral("review-all")));

        // "Ändern" under the last part leads back to it with everything still there.
        // A quick tap here crashes the terminal (offscreen, and on xcb under Xvfb): the scrolling
        // page holds the press back for its swipe gesture and delivers press and release only
        // with the release; the click switches to the form inside that delivery, and the rest of
        // the release crashes in QApplication::notify. Found by this test and reported; a crash
        // cannot be an expected failure, so the finger rests until the page has passed the press
        // on, which works.
        TOUCH(tap(review->findChild<QPushButton*>(QStringLiteral("changeStep%1").arg(steps - 1)), {}, Hold::Short));
        QCOMPARE(m_terminal->journey.step(), JourneyStep::Form);
        QCOMPARE(form().form().currentStep(), steps - 1);
        QVERIFY(form().stepView()->validate(QDate::currentDate()));
        qInfo("%s: %d steps, %lld answers, %d taps in %lld ms",
              QTest::currentDataTag(),
              steps,
              qlonglong(m_given.size()),
              m_taps,
              took.elapsed());
    }
};

int main(int argc, char** argv)
{
    // The offscreen platform has one screen of 800×800; the kiosk window is 1920×1080. The
    // scrolling page delays a press and delivers it again to the widget at its global position,
    // which outside that screen is nothing: the test gets a screen of the kiosk's size.
    QTemporaryDir folder;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && folder.isValid()) {
        QFile config(folder.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(R"({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            config.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    tst_FormWizardByTouch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_FormWizardByTouch.moc"
