#include "RepeatableList.h"

#include "FieldEditor.h"
#include "ShowWhen.h"
#include "StepCheck.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bt::forms {

namespace {

std::shared_ptr<const Group> repeatedGroup(const Member& member, const QString& title)
{
    std::shared_ptr<const Group> shown = stepCheck::occurrenceGroup(member);
    if (member.group || !member.field->label.trimmed().isEmpty()) {
        return shown;
    }
    // A line of an address has no question of its own: it takes the name of what it is part of.
    auto named = std::make_shared<Group>(*shown);
    auto field = std::make_shared<Field>(*member.field);
    field->label = title;
    named->members.front().field = field;
    return named;
}

QString titleOf(const Member& member, const QString& parentTitle)
{
    if (member.group) {
        return member.group->label.trimmed().isEmpty() ? member.group->name : member.group->label;
    }
    if (!member.field->label.trimmed().isEmpty()) {
        return member.field->label;
    }
    return parentTitle.trimmed().isEmpty() ? member.field->name : parentTitle;
}

} // namespace

RepeatableList::RepeatableList(const Member& member, const QString& parentTitle, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_group(repeatedGroup(member, titleOf(member, parentTitle)))
    , m_today(today)
    , m_multiplicity(member.multiplicity)
    , m_title(titleOf(member, parentTitle))
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(this))
    , m_limit(new QLabel(this))
{
    setObjectName(QStringLiteral("repeat_") + member.id());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(m_list);
    m_list->setSpacing(16);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_add);
    m_limit->setWordWrap(true);
    layout->addWidget(m_limit);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addOccurrence() && !m_occurrences.back().form->editors().empty()) {
            m_occurrences.back().form->editors().front()->focusInput();
        }
    });
    for (int i = 0; i < m_multiplicity.min; ++i) {
        addOccurrence();
    }
    retranslate();
}

bool RepeatableList::addOccurrence()
{
    if (m_multiplicity.max && count() >= *m_multiplicity.max) {
        return false;
    }
    Occurrence occurrence{};
    occurrence.frame = new QFrame(this);
    occurrence.frame->setProperty("role", QStringLiteral("section"));
    auto* layout = new QVBoxLayout(occurrence.frame);
    layout->setContentsMargins(12, 4, 0, 4);
    auto* header = new QHBoxLayout;
    occurrence.heading = new QLabel(occurrence.frame);
    occurrence.heading->setProperty("role", QStringLiteral("heading"));
    occurrence.heading->setWordWrap(true);
    header->addWidget(occurrence.heading, 1);
    occurrence.remove = new QPushButton(occurrence.frame);
    occurrence.remove->setObjectName(QStringLiteral("removeButton"));
    header->addWidget(occurrence.remove, 0, Qt::AlignTop);
    layout->addLayout(header);
    occurrence.form = new MemberForm(*m_group, m_today, occurrence.frame);
    occurrence.form->setLockedFields(m_lockReasons);
    layout->addWidget(occurrence.form);
    m_list->addWidget(occurrence.frame);
    QWidget* frame = occurrence.frame;
    connect(occurrence.remove, &QPushButton::clicked, this, [this, frame] {
        for (std::size_t i = 0; i < m_occurrences.size(); ++i) {
            if (m_occurrences[i].frame == frame) {
                removeOccurrence(int(i));
                return;
            }
        }
    });
    connect(occurrence.form, &MemberForm::answersChanged, this, &RepeatableList::answersChanged);
    m_occurrences.push_back(occurrence);
    updateControls();
    Q_EMIT answersChanged();
    return true;
}

bool RepeatableList::removeOccurrence(int index)
{
    if (index < 0 || index >= count() || count() <= m_multiplicity.min) {
        return false;
    }
    const bool hadFocus = m_occurrences[index].frame->isAncestorOf(QApplication::focusWidget());
    m_occurrences[index].frame->deleteLater();
    m_occurrences[index].frame->hide();
    m_occurrences.erase(m_occurrences.begin() + index);
    updateControls();
    if (hadFocus) {
        m_add->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT answersChanged();
    return true;
}

std::vector<Answers> RepeatableList::occurrences() const
{
    std::vector<Answers> all;
    for (const Occurrence& occurrence : m_occurrences) {
        all.push_back(occurrence.form->answers());
    }
    return all;
}

void RepeatableList::setOccurrences(const std::vector<Answers>& occurrences)
{
    while (count() > qMax(int(occurrences.size()), m_multiplicity.min) && removeOccurrence(count() - 1)) {
    }
    while (count() < int(occurrences.size()) && addOccurrence()) {
    }
    for (std::size_t i = 0; i < m_occurrences.size(); ++i) {
        m_occurrences[i].form->setAnswers(i < occurrences.size() ? occurrences[i] : Answers());
    }
}

void RepeatableList::setLockedFields(const QHash<QString, QString>& reasons)
{
    m_lockReasons = reasons;
    for (const Occurrence& occurrence : m_occurrences) {
        occurrence.form->setLockedFields(reasons);
    }
}

void RepeatableList::updateControls()
{
    const bool atMost = m_multiplicity.max && count() >= *m_multiplicity.max;
    showWhen(m_add, !atMost);
    showWhen(m_limit, atMost && *m_multiplicity.max > 1);
    for (std::size_t i = 0; i < m_occurrences.size(); ++i) {
        const Occurrence& occurrence = m_occurrences[i];
        // The part's title may be a noun ("Kontakt") or a question ("Was sollen wir abholen?"):
        // the number comes first, so both read well.
        //: Heading of one of several entries of a repeated part of a form, e.g. "Eintrag 2: Kontakt".
        occurrence.heading->setText(tr("Entry %1: %2").arg(i + 1).arg(m_title));
        showWhen(occurrence.remove, count() > m_multiplicity.min);
        //: Button that removes one entry of a repeated part of a form.
        occurrence.remove->setText(tr("Remove"));
        //: Read out for the remove button, e.g. "Kontakt, Eintrag 2 entfernen".
        occurrence.remove->setAccessibleName(tr("Remove %1").arg(occurrence.heading->text()));
    }
}

void RepeatableList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RepeatableList::retranslate()
{
    // Not "another <title>": titles are nouns of any gender or questions, which no sentence fits.
    //: Adds one more entry to a repeated part of a form (its title is shown above the entries).
    m_add->setText(tr("Add another entry"));
    //: Read out for the add button, e.g. "Noch einen Eintrag hinzufügen: Kontakt".
    m_add->setAccessibleName(tr("Add another entry: %1").arg(m_title));
    if (m_multiplicity.max) {
        //: Under a repeated part of a form once the largest number of entries is reached.
        m_limit->setText(tr("No more than %n entries are possible here.", nullptr, *m_multiplicity.max));
    }
    updateControls();
}

} // namespace bt::forms
