#pragma once

#include "CodeList.h"
#include "Constraints.h"
#include "DataType.h"
#include "Rule.h"

#include <QString>

#include <memory>
#include <vector>

namespace bt::forms {

// XDatenfelder "datenfeld": one question of a form. Immutable once parsed; a field used in
// several places of a schema is one definition shared by those places.
struct Field
{
    QString id;      // "F00000013"
    QString version; // empty in the 1.x layout
    QString name;    // the editors' name, not for citizens
    QString label;   // "bezeichnungEingabe": the question as a citizen reads it
    QString outputLabel;
    QString helpText; // "hilfetextEingabe"
    QString description;
    QString content; // "inhalt": the text of a label field, or a default value
    FieldKind kind = FieldKind::Input;
    DataType type = DataType::Text;
    Prefill prefill = Prefill::None;
    Constraints constraints;
    CodeListReference codeListReference;
    // Select fields: the values offered; inline (3.0.0) or resolved from the shipped lists.
    // Null when the list is not shipped (FormSchema::missingCodeLists() names it).
    std::shared_ptr<const CodeList> codeList;
    std::vector<Rule> rules;

    [[nodiscard]] bool takesInput() const { return kind == FieldKind::Input || kind == FieldKind::Select; }
};

} // namespace bt::forms
