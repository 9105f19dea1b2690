#include "ReviewScreen.h"

#include "AnswerValues.h"
#include "FormInProgress.h"
#include "ScrollPage.h"
#include "StepAnswers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::app {

namespace {

// An answer as the citizen reads it, not as the submission stores it.
// An answer as the citizen reads it, in the language of the screen (1,75 and 25.000,50 € in
// German). Whole numbers and plain numbers get no thousands separator: they are often years,
// house numbers or counts.
QString shown(const forms::Field& field, const QString& value, const QLocale& locale)
{
    switch (field.type) {
    case forms::DataType::Bool:
        if (const std::optional<bool> yes = forms::answer::yesNo(value)) {
            return *yes ? ReviewScreen::tr("Yes") : ReviewScreen::tr("No");
        }
        break;
    case forms::DataType::Date:
        if (const std::optional<QDate> date = forms::answer::date(value)) {
            return date->toString(QStringLiteral("dd.MM.yyyy"));
        }
        break;
    case forms::DataType::Num:
    case forms::DataType::NumInt:
        if (const std::optional<double> number = forms::answer::number(value)) {
            QLocale plain = locale;
            plain.setNumberOptions(QLocale::OmitGroupSeparator);
            const qsizetype point = value.indexOf(u'.');
            return plain.toString(*number, 'f', point < 0 ? 0 : int(value.size() - point - 1));
        }
        break;
    case forms::DataType::NumCurrency:
        if (const std::optional<double> amount = forms::answer::number(value)) {
            return locale.toString(*amount, 'f', 2) + QStringLiteral(" €");
        }
        break;
    default:
        break;
    }
    if (field.codeList) {
        if (const forms::CodeListEntry* entry = field.codeList->find(value)) {
            return entry->label;
        }
    }
    return value;
}

void describe(const forms::Group& group, const forms::Answers& flat, const QLocale& locale, QStringList& lines)
{
    for (const forms::Member& member : group.members) {
        if (member.isField()) {
            const forms::Field& field = *member.field;
            const QString value = flat.value(field.id);
            if (field.takesInput() && !value.isEmpty()) {
                const QString label = field.label.isEmpty() ? field.name : field.label;
                lines.append(QStringLiteral("<b>%1</b>: %2")
                                 .arg(label.toHtmlEscaped(), shown(field, value, locale).toHtmlEscaped()));
            }
        } else if (!member.multiplicity.isRepeatable()) {
            describe(*member.group, flat, locale, lines);
        }
    }
}

// A field given more than once (the lines of a foreign address): its values one below the other.
void describeRepeatedField(const forms::Field& field,
                           const std::vector<forms::Answers>& occurrences,
                           const QLocale& locale,
                           QStringList& lines)
{
    QStringList values;
    for (const forms::Answers& occurrence : occurrences) {
        if (const QString value = occurrence.value(field.id); !value.isEmpty()) {
            values.append(shown(field, value, locale).toHtmlEscaped());
        }
    }
    if (values.isEmpty()) {
        return;
    }
    const QString label = field.label.isEmpty() ? field.name : field.label;
    lines.append(QStringLiteral("<b>%1</b>: %2").arg(label.toHtmlEscaped(), values.join(QStringLiteral("<br>"))));
}

} // namespace

ReviewScreen::ReviewScreen(const forms::FormInProgress& form, QWidget* parent)
    : Screen(parent)
    , m_form(form)
    , m_steps(new QVBoxLayout)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewScreen"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_intro->setWordWrap(true);
    auto* content = new QWidget;
    content->setLayout(m_steps);
    pageLayout()->addWidget(m_title);
    pageLayout()->addWidget(m_intro);
    pageLayout()->addWidget(new ScrollPage(content, this), 1);
    m_later->setObjectName(QStringLiteral("reviewSaveForLaterButton"));
    m_later->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_later);
    pageLayout()->addLayout(buttons);
    connect(m_later, &QPushButton::clicked, this, &ReviewScreen::draftRequested);
}

void ReviewScreen::setDraftsAvailable(bool available)
{
    m_later->setVisible(available);
}

QString ReviewScreen::stepText(int step) const
{
    const auto* label = findChild<QLabel*>(QStringLiteral("reviewStep%1").arg(step));
    return label ? label->text() : QString();
}

void ReviewScreen::reset()
{
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ReviewScreen::retranslate()
{
    //: Heading of the page where a citizen checks every answer before going on.
    m_title->setText(tr("Please check your answers"));
    m_intro->setText(tr("Touch \"Change\" to correct a part."));
    m_later->setText(tr("Continue later"));
    reset();
    const forms::WizardPlan& plan = m_form.plan();
    for (int index = 0; index < plan.size(); ++index) {
        const forms::WizardPlan::Step& step = plan.steps()[static_cast<std::size_t>(index)];
        const forms::StepContent content = forms::stepAnswers::load(*step.group, step.occurrencePath, m_form.answers());
        QStringList lines;
        describe(*step.group, content.flat, locale(), lines);
        for (auto it = content.repeated.cbegin(); it != content.repeated.cend(); ++it) {
            if (const forms::Field* field = m_form.schema() ? m_form.schema()->field(it.key()) : nullptr) {
                describeRepeatedField(*field, it.value(), locale(), lines);
                continue;
            }
            const forms::Group* group = m_form.schema() ? m_form.schema()->group(it.key()) : nullptr;
            int number = 0;
            for (const forms::Answers& occurrence : it.value()) {
                lines.append(QStringLiteral("<i>%1 %2</i>")
                                 .arg((group && !group->label.isEmpty() ? group->label : it.key()).toHtmlEscaped())
                                 .arg(++number));
                if (group) {
                    describe(*group, occurrence, locale(), lines);
                }
            }
        }
        auto* card = new QFrame;
        card->setProperty("role", QStringLiteral("card"));
        auto* layout = new QVBoxLayout(card);
        auto* heading = new QLabel(step.title, card);
        heading->setProperty("role", QStringLiteral("heading"));
        heading->setWordWrap(true);
        auto* body = new QLabel(card);
        body->setObjectName(QStringLiteral("reviewStep%1").arg(index));
        body->setWordWrap(true);
        body->setTextFormat(Qt::RichText);
        body->setText(lines.isEmpty() ? tr("No answers in this part.").toHtmlEscaped()
                                      : lines.join(QStringLiteral("<br>")));
        //: On the review page: go back to this part of the form to change it.
        auto* change = new QPushButton(tr("Change"), card);
        change->setObjectName(QStringLiteral("changeStep%1").arg(index));
        change->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        // Queued: a quick tap reaches the button from inside the page's swipe gesture, which must
        // finish delivering the release before the screen (and the form's page) is changed under it.
        connect(
            change, &QPushButton::clicked, this, [this, index] { Q_EMIT editRequested(index); }, Qt::QueuedConnection);
        layout->addWidget(heading);
        layout->addWidget(body);
        layout->addWidget(change);
        m_steps->addWidget(card);
    }
    m_steps->addStretch();
}

} // namespace bt::app
