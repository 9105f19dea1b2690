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
        if (member.isField()) {
            // A field that repeats keeps one answer per occurrence here (the answers model has
            // one value per field and occurrence).
            answers.setValue(path, member.field->id, flat.value(member.field->id));
        } else if (!member.multiplicity.isRepeatable()) {
            storeFlat(*member.group, childPath(path, member.group->id, 0), flat, answers);
        }
    }
}

void storeRepeated(const Group& group, const QString& path, const StepContent& content, FormAnswers& answers)
{
    for (const Member& member : group.members) {
        if (member.isField()) {
            continue;
        }
        const QString groupId = member.group->id;
        if (!member.multiplicity.isRepeatable()) {
            storeRepeated(*member.group, childPath(path, groupId, 0), content, answers);
            continue;
        }
        while (answers.occurrenceCount(path, groupId) > 0) {
            answers.removeOccurrence(path, groupId, answers.occurrenceCount(path, groupId) - 1);
        }
        for (const Answers& occurrence : content.repeated.value(groupId)) {
            const QString added = answers.addOccurrence(path, groupId);
            storeFlat(*member.group, added, occurrence, answers);
        }
    }
}

void loadFlat(const Group& group, const QString& path, const FormAnswers& answers, Answers& flat)
{
    for (const Member& member : group.members) {
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
