#include "CodeListRegistry.h"
#include "ErrorSummary.h"
#include "FieldEditor.h"
#include "MemberForm.h"
#include "RepeatableList.h"
#include "SchemaParser.h"
#include "StepCheck.h"
#include "StepView.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

void btInitTerminalResources();

using namespace bt::forms;

namespace {

const QDate today(2026, 11, 25);

// A step as the wizard shows it: in a scrolling page of a kiosk-sized window.
struct Page
{
    QScrollArea area;
    StepView* view;

    // "Weiter": the wizard's step check of what the view holds, and the view showing the result.
    bool next()
    {
        const std::vector<StepProblem> problems = stepCheck::problems(view->group(), view->content(), today);
        view->showProblems(problems);
        return problems.empty();
    }

    explicit Page(const Group& group)
        : view(new StepView(group, QDate(2026, 11, 25)))
    {
        area.setWidget(view);
        area.setWidgetResizable(true);
        area.resize(1080, 1000);
        area.show();
        if (!QTest::qWaitForWindowExposed(&area)) {
            qFatal("window not exposed");
        }
        QApplication::setActiveWindow(&area);
    }
};

// Inner parts of a Qt widget (the clear button of a filter line, the scroll bars of a list),
// which Qt itself shows when it makes them.
bool partOfQtWidget(const QWidget* widget, const QWidget* view)
{
    for (const QWidget* up = widget->parentWidget(); up && up != view; up = up->parentWidget()) {
        if (qobject_cast<const QLineEdit*>(up) || qobject_cast<const QAbstractScrollArea*>(up)) {
            return true;
        }
    }
    return false;
}

} // namespace

class tst_StepView : public QObject
{
    Q_OBJECT

    std::optional<FormSchema> m_schema;

    const Group& group(const char* id) const
    {
        const Group* found = m_schema->group(QString::fromLatin1(id));
        if (!found) {
            qFatal("no group %s", id);
        }
        return *found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        bt::widgets::Theme().applyTo(*qApp);
        btInitTerminalResources();
        SchemaError error;
        const std::optional<CodeListRegistry> codeLists =
            CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(codeLists, qPrintable(error.toString()));
        m_schema = SchemaParser::load(QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml"), &*codeLists, &error);
        QVERIFY2(m_schema, qPrintable(error.toString()));
    }

    void oneEditorPerFieldInOrder()
    {
        Page page(group("G00000630"));
        const std::vector<FieldEditor*>& editors = page.view->form()->editors();
        QCOMPARE(editors.size(), std::size_t(11));
        QCOMPARE(editors.front()->field().id, QStringLiteral("F00000043"));
        QCOMPARE(editors.back()->field().id, QStringLiteral("F00001052"));
        QVERIFY(page.view->editor(QStringLiteral("F00000013"))->isRequired());
        QVERIFY(!page.view->editor(QStringLiteral("F00000043"))->isRequired());
        // In the order of the form, top to bottom.
        int y = -1;
        for (FieldEditor* editor : editors) {
            const int top = editor->mapTo(page.view, QPoint()).y();
            QVERIFY(top > y);
            y = top;
        }
    }

    void builtUnpolishedThenPolishedInItsPage()
    {
        // A step is built before it has its page; a widget polished before that is polished
        // again when the page takes it (the application style sheet), which made big steps slow.
        for (const char* id : {"G00000630", "G00000636", "G00000642", "G00000046"}) {
            auto* view = new StepView(group(id), QDate(2026, 11, 25));
            for (const QWidget* widget : view->findChildren<QWidget*>()) {
                if (partOfQtWidget(widget, view)) {
                    continue;
                }
                QVERIFY2(!widget->testAttribute(Qt::WA_WState_Polished),
                         qPrintable(QString::fromLatin1(id) + u' ' + widget->objectName() + u' ' +
                                    QString::fromLatin1(widget->metaObject()->className())));
            }
            QScrollArea area;
            area.setWidgetResizable(true);
            area.setWidget(view);
            area.resize(1080, 1000);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            for (const QWidget* widget : view->findChildren<QWidget*>()) {
                QVERIFY(widget->testAttribute(Qt::WA_WState_Polished));
            }
        }
    }

    void requiredSaidUnderTheQuestion()
    {
        Page page(group("G00000630"));
        auto marker = [&page](const char* id) {
            return page.view->editor(QString::fromLatin1(id))->findChild<QLabel*>(QStringLiteral("requiredText"));
        };
        QVERIFY(marker("F00000013")->isVisible());
        QVERIFY(!marker("F00000043")->isVisible());
        QVERIFY(marker("F00000043")->isHidden());
        // A rule that makes a field required later shows the marker then.
        page.view->editor(QStringLiteral("F00000043"))->setRequired(true);
        QVERIFY(marker("F00000043")->isVisible());
        page.view->editor(QStringLiteral("F00000013"))->setRequired(false);
        QVERIFY(marker("F00000013")->isHidden());
    }

    void visibilityRuleShowsAndHides()
    {
        Page page(group("G00000636")); // R00000254: the insurer only when insured
        FieldEditor* insured = page.view->editor(QStringLiteral("F00001027"));
        FieldEditor* insurer = page.view->editor(QStringLiteral("F00001028"));
        QVERIFY(insured && insurer);
        QVERIFY(insurer->isHidden());
        auto* yes = insured->findChild<QAbstractButton*>(QStringLiteral("yes"));
        auto* no = insured->findChild<QAbstractButton*>(QStringLiteral("no"));
        QTest::mouseClick(yes, Qt::LeftButton);
        QVERIFY(insurer->isVisible());
        insurer->setValue(QStringLiteral("AOK"));
        QCOMPARE(page.view->answers().value(QStringLiteral("F00001028")), QStringLiteral("AOK"));
        QTest::mouseClick(no, Qt::LeftButton);
        QVERIFY(insurer->isHidden());
        // Hidden answers are not sent, but come back when the field does.
        QVERIFY(!page.view->answers().contains(QStringLiteral("F00001028")));
        QCOMPARE(page.view->answers().value(QStringLiteral("F00001027")), QStringLiteral("false"));
        QVERIFY(page.next());
        QTest::mouseClick(yes, Qt::LeftButton);
        QCOMPARE(page.view->answers().value(QStringLiteral("F00001028")), QStringLiteral("AOK"));
    }

    void validationSummaryAndFocusOnFirstError()
    {
        Page page(group("G00000630"));
        QVERIFY(page.view->errorSummary()->isHidden());
        page.view->setAnswers({{QStringLiteral("F00000045"), QStringLiteral("Erika")}});
        QVERIFY(!page.next());
        QVERIFY(page.view->errorSummary()->isVisible());
        const QList<QAbstractButton*> lines = page.view->errorSummary()->lineButtons();
        // Familienname, Geschlecht, Geburtsort, Staatsangehörigkeit, Größe, Augenfarbe; not the
        // documents (shown at the counter), not the optional ones, not the given first name.
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.front()->text().startsWith(QStringLiteral("Familienname")));
        FieldEditor* surname = page.view->editor(QStringLiteral("F00000013"));
        QTRY_VERIFY(surname->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(!surname->error().isEmpty());
        QVERIFY(page.view->editor(QStringLiteral("F00000045"))->error().isEmpty());
        QVERIFY(page.view->editor(QStringLiteral("F00001019"))->error().isEmpty());
        // A line of the summary goes to its field.
        FieldEditor* eyes = page.view->editor(QStringLiteral("F00001018"));
        QTest::mouseClick(lines.back(), Qt::LeftButton);
        QTRY_VERIFY(eyes->isAncestorOf(QApplication::focusWidget()));
        // Mended: the messages go.
        page.view->setAnswers({{QStringLiteral("F00000013"), QStringLiteral("Mustermann")},
                               {QStringLiteral("F00000045"), QStringLiteral("Erika")},
                               {QStringLiteral("F00000065"), QStringLiteral("w")},
                               {QStringLiteral("F00000067"), QStringLiteral("Berlin")},
                               {QStringLiteral("F00000039"), QStringLiteral("000")},
                               {QStringLiteral("F00001017"), QStringLiteral("172")},
                               {QStringLiteral("F00001018"), QStringLiteral("grün")}});
        const bool ok = page.next();
        for (FieldEditor* editor : page.view->form()->editors()) {
            QVERIFY2(editor->error().isEmpty(), qPrintable(editor->field().id + u' ' + editor->error()));
        }
        QVERIFY(ok);
        QVERIFY(page.view->errorSummary()->isHidden());
    }

    // Leaving a field says at once what is wrong with its answer; passing an empty field is not
    // scolded (that waits for "Weiter"), and a message goes once the field is answered well.
    void leavingAFieldChecksIt()
    {
        auto zip = std::make_shared<Field>();
        zip->id = QStringLiteral("F_ZIP");
        zip->label = QStringLiteral("Postleitzahl");
        zip->type = DataType::Text;
        zip->constraints.minLength = 5;
        auto city = std::make_shared<Field>();
        city->id = QStringLiteral("F_CITY");
        city->label = QStringLiteral("Ort");
        city->type = DataType::Text;
        Group address;
        address.id = QStringLiteral("G_ADDRESS");
        address.members = {Member{Multiplicity{1, 1}, zip, nullptr}, Member{Multiplicity{1, 1}, city, nullptr}};
        Page page(address);
        FieldEditor* zipEditor = page.view->editor(QStringLiteral("F_ZIP"));
        FieldEditor* cityEditor = page.view->editor(QStringLiteral("F_CITY"));
        auto* zipInput = zipEditor->findChild<QLineEdit*>();
        auto* cityInput = cityEditor->findChild<QLineEdit*>();
        QVERIFY(zipInput && cityInput);
        // The check runs once the focus has moved on (queued).
        const auto moveTo = [](QLineEdit* input) {
            input->setFocus();
            QCoreApplication::processEvents();
        };

        moveTo(zipInput);
        moveTo(cityInput); // passed through, empty
        QVERIFY(zipEditor->error().isEmpty());
        QTest::keyClicks(cityInput, QStringLiteral("Musterstadt"));
        moveTo(zipInput);
        QTest::keyClicks(zipInput, QStringLiteral("123"));
        moveTo(cityInput);
        QVERIFY2(!zipEditor->error().isEmpty(), "a wrong answer is said when the field is left");
        QVERIFY(zipEditor->errorLabel()->isVisible());
        QVERIFY(cityEditor->error().isEmpty());

        // "Weiter" on an empty city says it; answering it and moving on takes the message away.
        cityInput->clear();
        QVERIFY(!page.next());
        QVERIFY(!cityEditor->error().isEmpty());
        moveTo(cityInput);
        QTest::keyClicks(cityInput, QStringLiteral("Musterstadt"));
        moveTo(zipInput);
        QVERIFY(cityEditor->error().isEmpty());
        QTest::keyClicks(zipInput, QStringLiteral("45"));
        moveTo(cityInput);
        QVERIFY2(zipEditor->error().isEmpty(), qPrintable(zipEditor->error()));
    }

    void lockedFieldsFromTheIdCard()
    {
        Page page(group("G00000630"));
        page.view->setAnswers({{QStringLiteral("F00000013"), QStringLiteral("Mustermann")}});
        page.view->setLockedFields({{QStringLiteral("F00000013"), QStringLiteral("Vom Personalausweis übernommen")}});
        FieldEditor* surname = page.view->editor(QStringLiteral("F00000013"));
        QVERIFY(surname->isLocked());
        QCOMPARE(surname->lockReason(), QStringLiteral("Vom Personalausweis übernommen"));
        auto* line = surname->findChild<QLineEdit*>();
        QTest::keyClicks(line, QStringLiteral("x"));
        QCOMPARE(page.view->answers().value(QStringLiteral("F00000013")), QStringLiteral("Mustermann"));
        page.view->setLockedFields({});
        QVERIFY(!surname->isLocked());
    }

    void repeatedGroupAddAndRemoveWithinMultiplicity()
    {
        Page page(group("G00000642")); // Kontaktmöglichkeiten: G00000015, 1:*
        QVERIFY(page.view->repeatedMembers().contains(QStringLiteral("G00000015")));
        auto* list = page.view->findChild<RepeatableList*>(QStringLiteral("repeat_G00000015"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->removeButton(0)->isHidden()); // min 1
        QVERIFY(list->addButton()->isVisible());
        QTest::mouseClick(list->addButton(), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->removeButton(0)->isVisible());
        list->occurrence(1)->editor(QStringLiteral("F00000026"))->setValue(QStringLiteral("0301234"));
        QCOMPARE(page.view->occurrences(QStringLiteral("G00000015")).size(), std::size_t(2));
        QCOMPARE(page.view->occurrences(QStringLiteral("G00000015"))[1].value(QStringLiteral("F00000026")),
                 QStringLiteral("0301234"));
        QTest::mouseClick(list->removeButton(0), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(page.view->occurrences(QStringLiteral("G00000015"))[0].value(QStringLiteral("F00000026")),
                 QStringLiteral("0301234"));
        QVERIFY(!list->removeOccurrence(0));
        page.view->setOccurrences(QStringLiteral("G00000015"),
                                  {{{QStringLiteral("F00000026"), QStringLiteral("a")}},
                                   {{QStringLiteral("F00000026"), QStringLiteral("b")}},
                                   {{QStringLiteral("F00000026"), QStringLiteral("c")}}});
        QCOMPARE(list->count(), 3);
        QCOMPARE(page.view->occurrences(QStringLiteral("G00000015"))[2].value(QStringLiteral("F00000026")),
                 QStringLiteral("c"));
    }

    void repeatedFieldUpToItsMaximum()
    {
        Page page(group("G00000046")); // Auslandsanschrift: F00000087 2:5 inside G00000245
        auto* list = page.view->findChild<RepeatableList*>(QStringLiteral("repeat_F00000087"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->removeButton(1)->isHidden());
        for (int i = 0; i < 3; ++i) {
            QTest::mouseClick(list->addButton(), Qt::LeftButton);
        }
        QCOMPARE(list->count(), 5);
        QVERIFY(list->addButton()->isHidden());
        QVERIFY(!list->addOccurrence());
        QTest::mouseClick(list->removeButton(4), Qt::LeftButton);
        QCOMPARE(list->count(), 4);
        QVERIFY(list->addButton()->isVisible());
        // Each required line of the address is checked per occurrence.
        QVERIFY(!page.next());
        QVERIFY(!list->occurrence(0)->editors().front()->error().isEmpty());
    }
};

QTEST_MAIN(tst_StepView)
#include "tst_StepView.moc"
