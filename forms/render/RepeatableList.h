#pragma once

#include "AnswerValues.h"
#include "Group.h"
#include "MemberForm.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bt::forms {

// A group or field that occurs several times (multiplicity min..max): one headed occurrence each,
// "Entfernen" on each while there are more than min, "Weitere(n) … hinzufügen" below while there
// are fewer than max. Starts with min occurrences. A repeated field is shown as a one-field group;
// without a question of its own (an address line) it is named after the group it is part of.
class RepeatableList : public QWidget
{
    Q_OBJECT
public:
    RepeatableList(const Member& member, const QString& parentTitle, QDate today, QWidget* parent);

    [[nodiscard]] int count() const { return int(m_occurrences.size()); }
    [[nodiscard]] const Multiplicity& multiplicity() const { return m_multiplicity; }
    // False when max is reached.
    bool addOccurrence();
    // False when min would be undercut.
    bool removeOccurrence(int index);

    // The answers of each occurrence (for a repeated field: {fieldId: value}).
    [[nodiscard]] std::vector<Answers> occurrences() const;
    // As many occurrences as given, at least min and at most max.
    void setOccurrences(const std::vector<Answers>& occurrences);
    void setLockedFields(const QHash<QString, QString>& reasons);

    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* removeButton(int index) const { return m_occurrences.at(index).remove; }
    [[nodiscard]] MemberForm* occurrence(int index) const { return m_occurrences.at(index).form; }

Q_SIGNALS:
    void answersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Occurrence
    {
        QWidget* frame;
        QLabel* heading;
        QPushButton* remove;
        MemberForm* form;
    };

    void updateControls();
    void retranslate();

    std::shared_ptr<const Group> m_group; // the repeated group, or a one-field group
    QDate m_today;                        // for the forms of its occurrences
    Multiplicity m_multiplicity;
    QString m_title;
    QVBoxLayout* m_list;
    QPushButton* m_add;
    QLabel* m_limit;
    std::vector<Occurrence> m_occurrences;
    QHash<QString, QString> m_lockReasons;
};

} // namespace bt::forms
