#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bt::forms {

// XDatenfelder "datentyp": what kind of value a field holds. text_latin, time and datetime exist
// from 3.0.0 on; older schemas use only the others.
enum class DataType
{
    Text,
    TextLatin,
    Date,
    Time,
    DateTime,
    Bool,
    Num,
    NumInt,
    NumCurrency,
    File,
    Obj,
};

// XDatenfelder "feldart": how a field is shown. hidden and locked exist from 3.0.0 on.
enum class FieldKind
{
    Input,
    Select,
    Label,
    Hidden,
    Locked,
};

// XDatenfelder 3.0.0 "vorbefuellung": whether the field is prefilled (e.g. from the eID).
enum class Prefill
{
    None,
    Optional,
    Required,
};

[[nodiscard]] std::optional<DataType> dataTypeFromCode(QStringView code);
[[nodiscard]] QString codeOf(DataType type);
[[nodiscard]] std::optional<FieldKind> fieldKindFromCode(QStringView code);
[[nodiscard]] QString codeOf(FieldKind kind);
[[nodiscard]] std::optional<Prefill> prefillFromCode(QStringView code);

} // namespace bt::forms
