#pragma once

#include "FormSchema.h"

#include <QString>

#include <memory>
#include <vector>

namespace bt::forms {

// How a form is cut into the wizard's steps: one group per step, as a citizen thinks of the
// paper form's sections ("Angaben zur Person", "Anschrift"). Fields at the top level of the
// schema are gathered into steps of their own; a group with too many questions for one screen
// is split between its members; a repeatable group at the top level gets a step where its
// occurrences are added and removed. Nothing is left out: every field is in exactly one step.
class WizardPlan
{
public:
    struct Step
    {
        QString title;
        // Whose answers the step edits (FormAnswers path): "" for the top level, "G…#0" for a group.
        QString occurrencePath;
        // The members shown, as a group: the occurrence's group itself, or a part of it (same id).
        std::shared_ptr<const Group> group;
        int part = 1; // of parts: a long group split in several steps
        int parts = 1;
        int questions = 0; // fields that take an answer
    };

    // More questions than this on one screen lose elderly citizens; a group is split above it.
    static constexpr int maxQuestionsPerStep = 8;

    [[nodiscard]] static WizardPlan of(const FormSchema& schema);

    [[nodiscard]] const std::vector<Step>& steps() const { return m_steps; }
    [[nodiscard]] int size() const { return static_cast<int>(m_steps.size()); }

    // Fields that take an answer within a member (nested groups counted by their fields).
    [[nodiscard]] static int questionsIn(const Member& member);

private:
    void addGroupSteps(const Member& member, const QString& parentPath);
    void addTopLevelStep(std::vector<Member> members, const QString& schemaTitle);

    std::vector<Step> m_steps;
};

} // namespace bt::forms
