// Renders form steps and every editor type to PNG so that people (and reviewers) can look at them
// in German, with standard and extra-large text, standard and high contrast. Not a check of
// pixels, but of what every picture must show: the step fits the kiosk's width (nothing to scroll
// sideways, no control beyond the right edge) and every question on it has its label in sight.
#include "CodeListRegistry.h"
#include "FieldEditor.h"
#include "SchemaParser.h"
#include "StepCheck.h"
#include "StepView.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

void btInitTerminalResources();
void btInitTranslationsResource();

using namespace bt::forms;
using bt::widgets::Contrast;
using bt::widgets::TextSize;
using bt::widgets::ThemeSettings;

namespace {

const QDate today(2026, 11, 25);
constexpr int kioskWidth = 1280;

QString suffix(const ThemeSettings& settings)
{
    return QString::fromLatin1(settings.textSize == TextSize::ExtraLarge ? "xl" : "normal") + u'_' +
           QString::fromLatin1(settings.contrast == Contrast::High ? "high" : "standard");
}

std::shared_ptr<Field> field(const QString& id, DataType type, const QString& label, FieldKind kind = FieldKind::Input)
{
    auto made = std::make_shared<Field>();
    made->id = id;
    made->type = type;
    made->kind = kind;
    made->label = label;
    return made;
}

} // namespace

class tst_FormScreenshots : public QObject
{
    Q_OBJECT

    std::optional<FormSchema> m_schema;
    QTranslator m_translator;
    QDir m_out{QStringLiteral(BT_SCREENSHOT_DIR)};

    // Shows the step in a kiosk-wide scrolling page, then saves the whole step (not only the
    // visible part).
    // A finger on the input that has the focus: opens a date's number pad.
    static void tapFocusedField()
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::mouseClick(focus, Qt::LeftButton);
    }

    void save(QWidget* content, const QString& name, const std::function<void()>& prepare = {})
    {
        QScrollArea page;
        page.setWidgetResizable(true);
        page.setWidget(content);
        page.resize(kioskWidth, 1024);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        if (prepare) {
            prepare();
        }
        QCoreApplication::processEvents(); // layouts and polish requests posted by prepare()
        const QImage image = content->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(m_out.filePath(name + QStringLiteral(".png"))));
        checkFitsAndShowsItsQuestions(page, content, name);
    }

    static void checkFitsAndShowsItsQuestions(const QScrollArea& page, QWidget* content, const QString& name)
    {
        QVERIFY2(page.horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1: wider than the kiosk").arg(name)));
        for (const QWidget* child : content->findChildren<QWidget*>()) {
            if (!child->isVisibleTo(content) || child->isWindow()) {
                continue;
            }
            const int right = child->mapTo(content, QPoint(child->width(), 0)).x();
            QVERIFY2(
                right <= content->width(),
                qPrintable(QStringLiteral("%1: %2 (%3) ends at %4, beyond the width %5")
                               .arg(name, child->objectName(), QString::fromLatin1(child->metaObject()->className()))
                               .arg(right)
                               .arg(content->width())));
        }
        int questions = 0;
        for (const FieldEditor* editor : content->findChildren<FieldEditor*>()) {
            if (!editor->isVisibleTo(content) || editor->field().kind == FieldKind::Label) {
                continue;
            }
            ++questions;
            const QString label = editor->field().label;
            const QList<QLabel*> labels = editor->findChildren<QLabel*>();
            const bool shown = std::any_of(labels.begin(), labels.end(), [&](const QLabel* text) {
                return text->isVisibleTo(content) && text->text().contains(label.toHtmlEscaped());
            });
            QVERIFY2(shown, qPrintable(QStringLiteral("%1: the question \"%2\" is not shown").arg(name, label)));
        }
        QVERIFY2(questions > 0, qPrintable(QStringLiteral("%1: no question shown").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        btInitTerminalResources();
        btInitTranslationsResource();
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/buergerterminal_de")));
        QCoreApplication::installTranslator(&m_translator);
        SchemaError error;
        const std::optional<CodeListRegistry> codeLists =
            CodeListRegistry::load(QString::fromLatin1(CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(codeLists, qPrintable(error.toString()));
        m_schema = SchemaParser::load(QStringLiteral(BT_FIM_DATA "/v2/S00000121_BlaueKarte.xml"), &*codeLists, &error);
        QVERIFY2(m_schema, qPrintable(error.toString()));
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
    }

    void render_data()
    {
        QTest::addColumn<int>("textSize");
        QTest::addColumn<int>("contrast");
        QTest::newRow("normal_standard") << int(TextSize::Normal) << int(Contrast::Standard);
        QTest::newRow("xl_standard") << int(TextSize::ExtraLarge) << int(Contrast::Standard);
        QTest::newRow("normal_high") << int(TextSize::Normal) << int(Contrast::High);
        QTest::newRow("xl_high") << int(TextSize::ExtraLarge) << int(Contrast::High);
    }

    void render()
    {
        QFETCH(int, textSize);
        QFETCH(int, contrast);
        const ThemeSettings settings{TextSize(textSize), Contrast(contrast)};
        bt::widgets::Theme(settings).applyTo(*qApp);
        const QString tag = suffix(settings);

        // Step 1: personal details, the name locked from the ID card, after "Weiter" with gaps.
        auto* personal = new StepView(*m_schema->group(QStringLiteral("G00000630")), today);
        personal->setAnswers({{QStringLiteral("F00000013"), QStringLiteral("Mustermann")},
                              {QStringLiteral("F00000045"), QStringLiteral("Erika")},
                              {QStringLiteral("F00000065"), QStringLiteral("w")}});
        personal->setLockedFields({{QStringLiteral("F00000013"), QStringLiteral("Vom Personalausweis übernommen")},
                                   {QStringLiteral("F00000045"), QStringLiteral("Vom Personalausweis übernommen")}});
        save(personal, QStringLiteral("step_G00000630_") + tag, [personal] {
            personal->showProblems(stepCheck::problems(personal->group(), personal->content(), today));
        });

        // Step 2: the address in Germany (nested sections).
        save(new StepView(*m_schema->group(QStringLiteral("G00000771")), today),
             QStringLiteral("step_G00000771_") + tag);

        // Step 3: the visa, a date being typed on the number pad.
        auto* visa = new StepView(*m_schema->group(QStringLiteral("G00000629")), today);
        save(visa, QStringLiteral("step_G00000629_") + tag, [visa] {
            visa->setAnswers({{QStringLiteral("F00001016"), QStringLiteral("3.1")}});
            visa->editor(QStringLiteral("F00001016"))->focusInput();
            tapFocusedField(); // the pad opens with a tap, not with focusInput()
        });

        // Work: an amount, contacts repeated (add / remove).
        auto* work = new StepView(*m_schema->group(QStringLiteral("G00000642")), today);
        save(work, QStringLiteral("step_G00000642_") + tag, [work] {
            work->setOccurrences(QStringLiteral("G00000015"), {{}, {}});
            work->setAnswers({{QStringLiteral("F00000728"), QStringLiteral("56400")}});
        });

        // Health insurance: yes shows the insurer; help opened.
        auto* health = new StepView(*m_schema->group(QStringLiteral("G00000636")), today);
        save(health, QStringLiteral("step_G00000636_") + tag, [health] {
            health->setAnswers({{QStringLiteral("F00001027"), QStringLiteral("true")}});
            if (QPushButton* help = health->editor(QStringLiteral("F00001028"))->helpButton()) {
                help->click();
            }
        });

        // Every editor type once.
        Group all;
        all.id = QStringLiteral("G1");
        const std::vector<std::shared_ptr<Field>> fields{
            field(QStringLiteral("F1"), DataType::Text, QStringLiteral("Text (text)")),
            field(QStringLiteral("F2"), DataType::Text, QStringLiteral("Langer Text (text, bis 1000 Zeichen)")),
            field(QStringLiteral("F3"), DataType::Date, QStringLiteral("Datum (date)")),
            field(QStringLiteral("F4"), DataType::Time, QStringLiteral("Uhrzeit (time)")),
            field(QStringLiteral("F5"), DataType::DateTime, QStringLiteral("Datum und Uhrzeit (datetime)")),
            field(QStringLiteral("F6"), DataType::Bool, QStringLiteral("Ja oder nein (bool)")),
            field(QStringLiteral("F7"), DataType::Num, QStringLiteral("Zahl (num)")),
            field(QStringLiteral("F8"), DataType::NumInt, QStringLiteral("Ganze Zahl (num_int)")),
            field(QStringLiteral("F9"), DataType::NumCurrency, QStringLiteral("Betrag (num_currency)")),
            field(QStringLiteral("F10"), DataType::File, QStringLiteral("Nachweis (file)")),
            field(QStringLiteral("F11"), DataType::Text, QStringLiteral("Hinweis"), FieldKind::Label),
            field(
                QStringLiteral("F12"), DataType::Text, QStringLiteral("Auswahl (select, 4 Werte)"), FieldKind::Select),
            field(
                QStringLiteral("F13"), DataType::Text, QStringLiteral("Auswahl (select, 12 Werte)"), FieldKind::Select),
        };
        fields[1]->constraints.maxLength = 1000;
        fields[0]->helpText = QStringLiteral("Ein Hilfetext, der erklärt, was hier einzutragen ist.");
        fields[10]->content = QStringLiteral("Ein Hinweis ohne Eingabe (label): Bitte lesen Sie die folgenden Fragen.");
        std::vector<CodeListEntry> few{{QStringLiteral("m"), QStringLiteral("männlich"), {}},
                                       {QStringLiteral("w"), QStringLiteral("weiblich"), {}},
                                       {QStringLiteral("d"), QStringLiteral("divers"), {}},
                                       {QStringLiteral("x"), QStringLiteral("keine Angabe"), {}}};
        fields[11]->codeList = std::make_shared<CodeList>(CodeListReference{}, QStringLiteral("few"), few);
        std::vector<CodeListEntry> many;
        for (const char* name : {"Deutschland",
                                 "Afghanistan",
                                 "Ägypten",
                                 "Albanien",
                                 "Algerien",
                                 "Andorra",
                                 "Angola",
                                 "Argentinien",
                                 "Armenien",
                                 "Österreich",
                                 "Schweiz",
                                 "Türkei"}) {
            many.push_back({QString::number(many.size()), QString::fromUtf8(name), {}});
        }
        fields[12]->codeList = std::make_shared<CodeList>(CodeListReference{}, QStringLiteral("many"), many);
        for (const auto& f : fields) {
            Member member;
            member.field = f;
            member.multiplicity = Multiplicity{1, 1};
            all.members.push_back(member);
        }
        auto* editors = new StepView(all, today);
        save(editors, QStringLiteral("editors_") + tag, [editors] {
            editors->setAnswers({{QStringLiteral("F1"), QStringLiteral("Erika")},
                                 {QStringLiteral("F5"), QStringLiteral("2024-12-31T14:30:00")},
                                 {QStringLiteral("F6"), QStringLiteral("true")},
                                 {QStringLiteral("F9"), QStringLiteral("12.50")},
                                 {QStringLiteral("F12"), QStringLiteral("w")},
                                 {QStringLiteral("F13"), QStringLiteral("9")}});
            editors->editor(QStringLiteral("F1"))->helpButton()->click();
            editors->editor(QStringLiteral("F7"))->setValue(QStringLiteral("abc"));
            editors->editor(QStringLiteral("F7"))
                ->setError(QCoreApplication::translate("bt::forms::FieldValidator", "Please enter a number."));
            editors->editor(QStringLiteral("F3"))->focusInput();
            tapFocusedField();
        });
    }
};

QTEST_MAIN(tst_FormScreenshots)
#include "tst_FormScreenshots.moc"
