#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>

#include <optional>

namespace bt::forms {

// A citizen's answers to the fields of one group occurrence (a step of the wizard), by field id,
// as text: yes/no as "true"/"false", dates as 2024-12-31 or 31.12.2024, numbers with a decimal
// comma or point. Personal data: never logged.
using Answers = QHash<QString, QString>;

// Reading answers the way citizens and widgets write them.
namespace answer {
[[nodiscard]] std::optional<QDate> date(const QString& text);
[[nodiscard]] std::optional<QTime> time(const QString& text);
[[nodiscard]] std::optional<QDateTime> dateTime(const QString& text);
// "1.234,56", "1234.56", "-3": German thousands dots are accepted only with a decimal comma.
[[nodiscard]] std::optional<double> number(const QString& text);
[[nodiscard]] std::optional<bool> yesNo(const QString& text);
} // namespace answer

} // namespace bt::forms
