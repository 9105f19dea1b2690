#include "BoolEditor.h"
#include "DateTimeEditor.h"
#include "FieldEditor.h"
#include "NumberEditor.h"
#include "SelectEditor.h"
#include "StaticEditors.h"
#include "TextEditor.h"

#include <QCoreApplication>

namespace bt::forms {

namespace {

FieldEditor* byType(const Field& field, QWidget* parent)
{
    switch (field.type) {
    case DataType::Date:
        return new DateTimeEditor(field, DateTimeEditor::Mode::Date, parent);
    case DataType::Time:
        return new DateTimeEditor(field, DateTimeEditor::Mode::Time, parent);
    case DataType::DateTime:
        return new DateTimeEditor(field, DateTimeEditor::Mode::DateTime, parent);
    case DataType::Bool:
        return new BoolEditor(field, parent);
    case DataType::Num:
    case DataType::NumInt:
    case DataType::NumCurrency:
        return new NumberEditor(field, parent);
    case DataType::File:
        return new FileEditor(field, parent);
    case DataType::Text:
    case DataType::TextLatin:
    case DataType::Obj:
        break;
    }
    return new TextEditor(field, parent);
}

} // namespace

FieldEditor* FieldEditor::create(const Field& field, QWidget* parent)
{
    FieldEditor* editor = nullptr;
    switch (field.kind) {
    case FieldKind::Label:
        return new LabelEditor(field, parent);
    case FieldKind::Hidden:
        return new HiddenEditor(field, parent);
    case FieldKind::Select:
        // Without its values (a list that is not shipped) the answer is typed as text.
        editor = field.codeList && !field.codeList->entries().empty() ? new SelectEditor(field, parent)
                                                                      : byType(field, parent);
        break;
    case FieldKind::Input:
    case FieldKind::Locked:
        editor = byType(field, parent);
        break;
    }
    // "inhalt" of an input field is its default value.
    if (!field.content.isEmpty() && editor->takesInput()) {
        editor->setValue(field.content);
    }
    if (field.kind == FieldKind::Locked) {
        //: Under a form field the form itself fills in; the citizen cannot change it.
        editor->setLocked(QCoreApplication::translate("bt::forms::FieldEditor", "Filled in by the authority"));
    }
    return editor;
}

} // namespace bt::forms
