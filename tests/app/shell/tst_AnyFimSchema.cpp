// Not only the shipped forms: every schema the parser accepts (the real and test schemas of
// tests/data/forms/fim, XDatenfelder 1.x, 2.0 and 3.0.0) goes through the terminal's form
// screens: filled step by step, reviewed, sealed as a draft, resumed, and serialised as XML and
// JSON that read back to the same answers.
#include "CodeListRegistry.h"
#include "DraftStore.h"
#include "FieldEditor.h"
#include "FormFilling.h"
#include "FormHarness.h"
#include "FormInProgress.h"
#include "FormScreen.h"
#include "ManualClock.h"
#include "RepeatableList.h"
#include "ReviewScreen.h"
#include "SchemaParser.h"
#include "StepView.h"
#include "SubmissionReader.h"
#include "SubmissionWriter.h"
#include "WizardPlan.h"

#include <QDateTime>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using bt::forms::FormSchema;
using bt::forms::SubmissionError;

class tst_AnyFimSchema : public QObject
{
    Q_OBJECT

    std::optional<bt::forms::CodeListRegistry> m_codeLists;

private Q_SLOTS:
    void initTestCase()
    {
        bt::forms::SchemaError error;
        m_codeLists = bt::forms::CodeListRegistry::load(
            QString::fromLatin1(bt::forms::CodeListRegistry::shippedDirectory), &error);
        QVERIFY2(m_codeLists, qPrintable(error.toString()));
    }

    void fillReviewSaveResumeSerialise_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file : {"v1/S00000036_WaBeKa.xml",
                                 "v2/S00000121_BlaueKarte.xml",
                                 "v2/flxbe_data-field-rule.xml",
                                 "v2/flxbe_data-group-rule.xml",
                                 "v2/flxbe_label.xml",
                                 "v2/flxbe_minimal.xml",
                                 "v2/flxbe_rule.xml",
                                 "v2/flxbe_select.xml",
                                 "v2/flxbe_simple.xml",
                                 "v3/flxbe_simple.xml",
                                 "v3/flxbe_input.xml"}) {
            QTest::newRow(file) << QString::fromLatin1(file);
        }
    }

    void fillReviewSaveResumeSerialise()
    {
        QFETCH(QString, file);
        bt::forms::SchemaError schemaError;
        const std::optional<FormSchema> schema =
            bt::forms::SchemaParser::load(QStringLiteral(BT_FIM_DATA "/") + file, &*m_codeLists, &schemaError);
        QVERIFY2(schema, qPrintable(schemaError.toString()));
        const QString formId = QStringLiteral("preview");

        bt::test::FormHarness harness;
        bt::app::FormScreen& form = harness.screen;
        bt::app::ReviewScreen& review = harness.review;
        form.resize(1080, 1500);
        form.show();
        if (!harness.start(*schema, formId)) {
            // A schema with nothing to ask (only labels) has no steps; that is all it can do.
            QVERIFY2(bt::forms::WizardPlan::of(*schema).size() == 0, "the form did not start");
            return;
        }
        const int steps = form.form().plan().size();
        for (int step = 0; step < steps; ++step) {
            QVERIFY2(bt::test::answerStep(form, harness.journey),
                     qPrintable(QStringLiteral("step %1 of %2").arg(step + 1).arg(steps)));
        }
        // The review lists what was answered (a schema of labels only has nothing to list).
        review.retranslate();
        bool anyAnswerListed = false;
        for (int step = 0; step < steps; ++step) {
            anyAnswerListed = anyAnswerListed || review.stepText(step).contains(QStringLiteral("<b>"));
        }
        // (An occurrence can be there without a value: an optional answer given, then taken back.)
        const auto& occurrences = form.form().answers().all();
        const bool anyAnswerGiven = std::any_of(occurrences.begin(), occurrences.end(), [](const auto& occurrence) {
            return !occurrence.second.isEmpty();
        });
        QCOMPARE(anyAnswerListed, anyAnswerGiven);

        // Serialised both ways, and read back to the same answers.
        SubmissionError error;
        const std::optional<QByteArray> xml =
            bt::forms::SubmissionWriter::toXml(*schema, formId, form.form().answers(), &error);
        QVERIFY2(xml, qPrintable(error.message));
        const std::optional<QByteArray> json =
            bt::forms::SubmissionWriter::toJson(*schema, formId, form.form().answers(), &error);
        QVERIFY2(json, qPrintable(error.message));
        for (const QByteArray* bytes : {&*xml, &*json}) {
            const auto read = bt::forms::SubmissionReader::read(*bytes, *schema, &error);
            QVERIFY2(read, qPrintable(error.message));
            QVERIFY(read->answers == form.form().answers());
        }

        // "Später fortsetzen" and back, through the real store.
        QTemporaryDir folder;
        bt::app::Failure storeError;
        const std::unique_ptr<bt::app::DraftStore> store =
            bt::app::DraftStore::open({folder.filePath(QStringLiteral("drafts.sqlite")), 30, {}}, &storeError);
        QVERIFY2(store, qPrintable(storeError.staffDetail()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::optional<bt::app::ResumeCode> code =
            store->save(formId, QStringLiteral("local:vorschau"), *xml, now, &storeError);
        QVERIFY2(code, qPrintable(storeError.staffDetail()));
        const bt::app::DraftOpening opening = store->resume(*code, now.addDays(1));
        QCOMPARE(opening.status, bt::app::DraftOpening::Status::Opened);
        bt::forms::FormInProgress resumed;
        QString problem;
        QVERIFY2(resumed.resume(*schema, opening.formId, opening.answers.view(), opening.draftId, &problem),
                 qPrintable(problem));
        QVERIFY(resumed.answers() == form.form().answers());
        QCOMPARE(resumed.resumedDraftId(), opening.draftId);
    }

    // A field given more than once (like the Blaue Karte's lines of a foreign address, 2:5): as
    // many lines as the minimum, one more on "add", each line an answer of its own up to the review
    // and the submission.
    void aRepeatedFieldFromTheStepToTheSubmission()
    {
        auto line = std::make_shared<bt::forms::Field>();
        line->id = QStringLiteral("F00000087");
        line->name = QStringLiteral("ZeileAnschrift");
        line->label = QStringLiteral("Zeile der Anschrift");
        line->type = bt::forms::DataType::Text;
        auto group = std::make_shared<bt::forms::Group>();
        group->id = QStringLiteral("G00000245");
        group->label = QStringLiteral("Ausländische Anschrift");
        group->members.push_back({*bt::forms::Multiplicity::parse(u"2:5"), line, nullptr});
        FormSchema schema;
        schema.id = QStringLiteral("S00000001");
        schema.version = QStringLiteral("1.0");
        schema.root.members.push_back({*bt::forms::Multiplicity::parse(u"1:1"), nullptr, group});
        schema.index();

        bt::test::FormHarness harness;
        bt::app::FormScreen& form = harness.screen;
        bt::app::ReviewScreen& review = harness.review;
        form.show();
        QVERIFY(harness.start(schema, QStringLiteral("lines")));
        auto* lines = form.stepView()->findChild<bt::forms::RepeatableList*>(QStringLiteral("repeat_F00000087"));
        QVERIFY(lines);
        QCOMPARE(lines->count(), 2);
        lines->addButton()->click();
        QCOMPARE(lines->count(), 3);
        const QStringList typed{
            QStringLiteral("10 Downing Street"), QStringLiteral("London"), QStringLiteral("SW1A 2AA")};
        for (int i = 0; i < 3; ++i) {
            auto* editor = lines->occurrence(i)->findChild<bt::forms::FieldEditor*>();
            QVERIFY(editor);
            editor->setValue(typed[i]);
        }
        QVERIFY(bt::test::answerStep(form, harness.journey));
        review.retranslate();
        QVERIFY2(review.stepText(0).contains(QStringLiteral("10 Downing Street<br>London<br>SW1A 2AA")),
                 qPrintable(review.stepText(0)));
        SubmissionError error;
        const std::optional<QByteArray> xml =
            bt::forms::SubmissionWriter::toXml(schema, QStringLiteral("lines"), form.form().answers(), &error);
        QVERIFY2(xml, qPrintable(error.message));
        QCOMPARE(xml->count("<F00000087>"), 3);
        QVERIFY(xml->contains("<F00000087>London</F00000087>"));
    }
};

QTEST_MAIN(tst_AnyFimSchema)
#include "tst_AnyFimSchema.moc"
