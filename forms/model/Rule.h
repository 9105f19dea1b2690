#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bt::forms {

// A rule the terminal evaluates itself, recognised from a rule's text. FIM rules come as free
// text plus an optional JavaScript-like script; the terminal runs no scripts, so only the kinds
// of rule the shipped forms use are understood, as data.
struct Condition
{
    enum class Kind
    {
        VisibleIf,  // targets are shown (and then checked) only when trigger has triggerValue
        RequiredIf, // targets must be filled when trigger has triggerValue
        OneOf,      // at least one of the targets (fields or groups) must be filled
        DateRange,  // the target dates lie within notBefore..notAfter
    };
    Kind kind = Kind::VisibleIf;
    QStringList targets;  // field or group ids
    QString trigger;      // VisibleIf, RequiredIf: the field whose answer decides
    QString triggerValue; // VisibleIf, RequiredIf: that answer ("true" for a yes/no field)
    QString notBefore;    // DateRange: a field id, "today", or empty (open)
    QString notAfter;     // DateRange: a field id, "today", or empty (open)

    static constexpr auto today = "today";
};

// XDatenfelder "regel": kept as written (text and script), with the declarative condition when
// the terminal understands the rule.
struct Rule
{
    QString id;
    QString version;
    QString name;
    QString text;   // 2.0 "definition" or 3.0.0 "freitextRegel": what the rule says, in German
    QString script; // 2.0 "script", 3.0.0 "skript": kept, never run
    QString type;   // 3.0.0 "typ" code (K, M, V, B); empty before 3.0.0
    std::optional<Condition> condition;

    [[nodiscard]] bool isSupported() const { return condition.has_value(); }
};

} // namespace bt::forms
