#pragma once

#include "AnswerValues.h"

#include <QString>
#include <QStringList>

#include <map>

namespace bt::forms {

// All answers of one form: for every group occurrence the citizen has, its Answers, keyed by the
// occurrence's path. Paths (the wizard builds against this format):
//   ""                                the schema's own members (the root)
//   "G60000000086#0"                  the first occurrence of group G60000000086 at the root
//   "G60000000086#0/G60000000087#1"   the second occurrence of G60000000087 inside it
// Indexes count from 0 and have no gaps: removing an occurrence renumbers the later ones.
// A group occurrence exists once it is added or a value is set in it (or below it), even with no
// values yet; the root always exists. An empty value is no answer (it is removed).
// Personal data: never logged; wipe() overwrites the texts it holds alone.
class FormAnswers
{
public:
    // The path of occurrence `index` of `groupId` below the occurrence `parent`.
    [[nodiscard]] static QString occurrencePath(const QString& parent, const QString& groupId, int index);
    // "G1#0/G2#3" → parent "G1#0", group "G2", index 3; false for "" or a malformed path.
    [[nodiscard]] static bool splitPath(const QString& path, QString* parent, QString* groupId, int* index);

    void setValue(const QString& path, const QString& fieldId, const QString& value);
    [[nodiscard]] QString value(const QString& path, const QString& fieldId) const;
    // The answers of one occurrence (empty when it has none or does not exist).
    [[nodiscard]] Answers answers(const QString& path) const;
    // Replaces the answers of one occurrence (creating it); empty values are dropped.
    void setAnswers(const QString& path, const Answers& answers);
    [[nodiscard]] bool hasOccurrence(const QString& path) const;

    // The occurrences of a group below `parent`, in index order.
    [[nodiscard]] QStringList occurrences(const QString& parent, const QString& groupId) const;
    [[nodiscard]] int occurrenceCount(const QString& parent, const QString& groupId) const;
    // Appends an occurrence (creating `parent` if needed); returns its path.
    QString addOccurrence(const QString& parent, const QString& groupId);
    // Removes the occurrence and everything below it; later occurrences move down by one.
    bool removeOccurrence(const QString& parent, const QString& groupId, int index);

    // Every occurrence with its answers, root first, then by path (indexes compared as numbers).
    struct PathOrder
    {
        bool operator()(const QString& a, const QString& b) const;
    };
    using Map = std::map<QString, Answers, PathOrder>;
    [[nodiscard]] const Map& all() const { return m_occurrences; }
    [[nodiscard]] bool isEmpty() const { return m_occurrences.empty(); }

    // Forgets everything; first overwrites every text this object alone holds, so the citizen's
    // answers do not linger in freed memory (copies shared elsewhere are their owners' task).
    void wipe();

    friend bool operator==(const FormAnswers& a, const FormAnswers& b) { return a.m_occurrences == b.m_occurrences; }

private:
    void ensureOccurrence(const QString& path);
    void dropEmptyRoot();

    Map m_occurrences;
};

} // namespace bt::forms
