#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt::forms {

// XDatenfelder "praezisierung": limits on a field's value. 2.0 writes them as a JSON string, 3.0.0
// as attributes; both end up here. Values are kept as written (minValue "2020-01-01" for a date,
// "0.5" for a number) and read according to the field's data type.
struct Constraints
{
    std::optional<int> minLength;
    std::optional<int> maxLength;
    QString minValue;
    QString maxValue;
    QString pattern;                    // as written in the schema
    QRegularExpression compiledPattern; // anchored: the whole value must match
    std::optional<qint64> maxSizeBytes; // 3.0.0 file fields: maxSize
    QStringList mediaTypes;             // 3.0.0 file fields: mediaType

    [[nodiscard]] bool isEmpty() const
    {
        return !minLength && !maxLength && minValue.isEmpty() && maxValue.isEmpty() && pattern.isEmpty() &&
               !maxSizeBytes && mediaTypes.isEmpty();
    }
};

} // namespace bt::forms
