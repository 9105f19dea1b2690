#include "StepAnswers.h"

namespace bt::forms::stepAnswers {

namespace {

QString childPath(const QString& parent, const QString& groupId, int index)
{
    return FormAnswers::occurrencePath(parent, groupId, index);
}

void storeFlat(const Group& group, const QString& path, const Answers& flat, FormAnswers& answers)
{
    for (const Member& member : group.members) {
        if (member.isField() && member.multiplicity.isRepeatable()) {
            continue; // its values are occurrences (storeRepeated)
        }
        if (member.isField()) {
            answers.setValue(path, member.field->id, flat.value(member.field->id));
        } else if (!member.multiplicity.isRepeatable()) {
            storeFlat(*member.group, childPath(path, member.group->id, 0), flat, answers);
        }
    }
}

// Replaces the occurrences of a repeated member with what the step shows.
void clearOccurrences(const QString& path, const QString& id, FormAnswers& answers)
{
    while (answers.occurrenceCount(path, id) > 0) {
        answers.removeOccurrence(path, id, answers.occurrenceCount(path, id) - 1);
    }
}

void storeRepeated(const Group& group, const QString& path, const StepContent& content, FormAnswers& answers)
{
    for (const Member& member : group.members) {
        if (member.isField() && member.multiplicity.isRepeatable()) {
            // Each value of a repeated field is an occurrence with the field's id (FormAnswers).
            const QString fieldId = member.field->id;
            clearOccurrences(path, fieldId, answers);
            for (const Answers& occurrence : content.repeated.value(fieldId)) {
                answers.setValue(answers.addOccurrence(path, fieldId), fieldId, occurrence.value(fieldId));
            }
            continue;
        }
        if (member.isField()) {
            continue;
        }
        const QString groupId = member.group->id;
        if (!member.multiplicity.isRepeatable()) {
            storeRepeated(*member.group, childPath(path, groupId, 0), content, answers);
            continue;
        }
        clearOccurrences(path, groupId, answers);
        for (const Answers& occurrence : content.repeated.value(groupId)) {
            const QString added = answers.addOccurrence(path, groupId);
            storeFlat(*member.group, added, occurrence, answers);
        }
    }
}

void loadFlat(const Group& group, const QString& path, const FormAnswers& answers, Answers& flat)
{
    for (const Member& member : group.members) {
        if (member.isField() && member.multiplicity.isRepeatable()) {
            continue; // loadRepeated
        }
        if (member.isField()) {
            const QString value = answers.value(path, member.field->id);
            if (!value.isEmpty()) {
                flat.insert(member.field->id, value);
            }
        } else if (!member.multiplicity.isRepeatable()) {
            loadFlat(*member.group, childPath(path, member.group->id, 0), answers, flat);
        }
    }
}

void loadRepeated(const Group& group, const QString& path, const FormAnswers& answers, StepContent& content)
{
    for (const Member& member : group.members) {
        if (member.isField() && member.multiplicity.isRepeatable()) {
            const QString fieldId = member.field->id;
            std::vector<Answers> values;
            for (const QString& occurrence : answers.occurrences(path, fieldId)) {
                Answers one;
                if (const QString value = answers.value(occurrence, fieldId); !value.isEmpty()) {
                    one.insert(fieldId, value);
                }
                values.push_back(one);
            }
            content.repeated.insert(fieldId, values);
            continue;
        }
        if (member.isField()) {
            continue;
        }
        const QString groupId = member.group->id;
        if (!member.multiplicity.isRepeatable()) {
            loadRepeated(*member.group, childPath(path, groupId, 0), answers, content);
            continue;
        }
        std::vector<Answers> occurrences;
        for (const QString& occurrence : answers.occurrences(path, groupId)) {
            Answers flat;
            loadFlat(*member.group, occurrence, answers, flat);
            occurrences.push_back(flat);
        }
        content.repeated.insert(groupId, occurrences);
    }
}

} // namespace

void store(const Group& stepGroup, const QString& path, const StepContent& content, FormAnswers& answers)
{
    storeFlat(stepGroup, path, content.flat, answers);
    storeRepeated(stepGroup, path, content, answers);
}

StepContent load(const Group& stepGroup, const QString& path, const FormAnswers& answers)
{
    StepContent content;
    loadFlat(stepGroup, path, answers, content.flat);
    loadRepeated(stepGroup, path, answers, content);
    return content;
}

} // namespace bt::forms::stepAnswers
