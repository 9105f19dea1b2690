#include "FormFilling.h"

#include "FieldEditor.h"
#include "FormInProgress.h"
#include "FormScreen.h"
#include "Journey.h"
#include "StepView.h"
#include "TerminalFixture.h"

#include <QDate>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using bt::forms::DataType;
using bt::forms::FieldEditor;

namespace bt::test {

QString plausibleAnswer(const bt::forms::Field& field, int attempt)
{
    switch (field.type) {
    case DataType::Date:
        return attempt == 0 ? QDate::currentDate().addDays(14).toString(Qt::ISODate) : QStringLiteral("1970-01-31");
    case DataType::Bool:
        return attempt == 0 ? QStringLiteral("false") : QStringLiteral("true");
    case DataType::Num:
    case DataType::NumInt:
        return QStringLiteral("1");
    case DataType::NumCurrency:
        return QStringLiteral("25.00");
    default:
        break;
    }
    if (field.codeList && !field.codeList->entries().empty()) {
        return field.codeList->entries().front().code;
    }
    const QRegularExpression pattern(field.constraints.pattern);
    if (!field.constraints.pattern.isEmpty()) {
        for (const char* sample : {"12345",
                                   "anna.muster@example.org",
                                   "+49 521 123456",
                                   "HRB 12345",
                                   "MS-AB 123",
                                   "123456789012345",
                                   "DE89370400440532013000",
                                   "Musterstraße 1"}) {
            if (pattern.match(QString::fromUtf8(sample)).hasMatch()) {
                return QString::fromUtf8(sample);
            }
        }
    }
    return QStringLiteral("Muster");
}

bool answerStep(bt::app::FormScreen& form, const bt::app::Journey& journey)
{
    const int step = form.form().currentStep();
    const auto movedOn = [&] {
        return form.form().currentStep() != step || journey.step() == bt::app::JourneyStep::Review;
    };
    for (int attempt = 0; attempt < 3; ++attempt) {
        for (FieldEditor* editor : form.stepView()->findChildren<FieldEditor*>()) {
            if (editor->takesInput() && !editor->isLocked() &&
                (attempt == 0 ? editor->value().isEmpty() : !editor->error().isEmpty())) {
                // Last try: an optional field nothing fits (test schemas have such constraints)
                // is left empty, as a citizen would.
                editor->setValue(attempt == 2 && !editor->isRequired() ? QString()
                                                                       : plausibleAnswer(editor->field(), attempt));
            }
        }
        TerminalFixture::settle();
        QTest::mouseClick(form.nextButton(), Qt::LeftButton);
        TerminalFixture::settle();
        if (movedOn()) {
            return true;
        }
    }
    for (FieldEditor* editor : form.stepView()->findChildren<FieldEditor*>()) {
        if (!editor->error().isEmpty()) {
            qWarning() << "still wrong:" << editor->field().id << editor->value() << editor->error();
        }
    }
    return false;
}

} // namespace bt::test
