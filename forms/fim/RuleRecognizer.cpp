#include "RuleRecognizer.h"

#include <QRegularExpression>
#include <QSet>

namespace bt::forms {

namespace {

void collectIds(const Group& group, QSet<QString>& ids)
{
    for (const Member& member : group.members) {
        ids.insert(member.id());
        if (member.group) {
            collectIds(*member.group, ids);
        }
    }
}

// Rule texts written before FIM moved to 12-character ids name "G60000086" where the schema has
// "G60000000086" (four digits of the number range, then the padded number). Seen in the 3.0.0
// test messages; the mapping is only used when the short id is not a member itself.
QString resolveId(const QString& id, const QSet<QString>& members)
{
    if (members.isEmpty() || members.contains(id)) {
        return id;
    }
    if (id.size() == 9) {
        const QString longId = id.left(5) + QStringLiteral("000") + id.mid(5);
        if (members.contains(longId)) {
            return longId;
        }
    }
    return id;
}

QStringList idsIn(QStringView text, const QSet<QString>& members)
{
    static const QRegularExpression idPattern(QStringLiteral("\\b([FG][0-9]{1,12})\\b"));
    QStringList ids;
    QRegularExpressionMatchIterator it = idPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString id = resolveId(it.next().captured(1), members);
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

std::optional<Condition> conditional(const QString& text, const QSet<QString>& members)
{
    static const QRegularExpression onlyIf(
        QStringLiteral(
            "\\b(?:ist|sind)\\s+(nur\\s+dann\\s+)?(?:zu\\s+befüllen|auszufüllen|anzugeben)\\s*,?\\s+wenn\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = onlyIf.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QStringList targets = idsIn(QStringView(text).left(match.capturedStart()), members);
    const QStringView after = QStringView(text).mid(match.capturedEnd());
    const QStringList triggers = idsIn(after, members);
    if (targets.isEmpty() || triggers.size() != 1) {
        return std::nullopt;
    }
    Condition condition;
    condition.kind = match.capturedLength(1) > 0 ? Condition::Kind::VisibleIf : Condition::Kind::RequiredIf;
    condition.targets = targets;
    condition.trigger = triggers.front();
    if (after.contains(u"bejaht")) {
        condition.triggerValue = QStringLiteral("true");
    } else if (after.contains(u"verneint")) {
        condition.triggerValue = QStringLiteral("false");
    } else {
        return std::nullopt; // a condition on some other answer: not understood
    }
    return condition;
}

std::optional<Condition> oneOf(const QString& text, const QSet<QString>& members)
{
    static const QRegularExpression either(
        QStringLiteral("\\bentweder\\b.*\\boder\\b.*\\b(?:befüllt|ausgefüllt|angegeben)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (!either.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QStringList targets = idsIn(text, members);
    if (targets.size() < 2) {
        return std::nullopt;
    }
    Condition condition;
    condition.kind = Condition::Kind::OneOf;
    condition.targets = targets;
    return condition;
}

std::optional<Condition> dateRange(const QString& text, const QSet<QString>& members, const QString& ownerField)
{
    QStringList ids = idsIn(text, members);
    Condition condition;
    condition.kind = Condition::Kind::DateRange;
    if (text.contains(QStringLiteral("nicht in der Zukunft"))) {
        condition.notAfter = QString::fromLatin1(Condition::today);
    } else if (text.contains(QStringLiteral("nicht in der Vergangenheit"))) {
        condition.notBefore = QString::fromLatin1(Condition::today);
    } else {
        static const QRegularExpression relative(QStringLiteral("\\bnicht\\s+(vor|nach)\\b"));
        const QRegularExpressionMatch match = relative.match(text);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        const QStringList bounds = idsIn(QStringView(text).mid(match.capturedEnd()), members);
        if (bounds.size() != 1) {
            return std::nullopt;
        }
        ids.removeAll(bounds.front());
        (match.captured(1) == u"vor" ? condition.notBefore : condition.notAfter) = bounds.front();
    }
    if (ids.isEmpty() && !ownerField.isEmpty()) {
        ids.append(ownerField);
    }
    if (ids.isEmpty()) {
        return std::nullopt;
    }
    condition.targets = ids;
    return condition;
}

} // namespace

void recognizeRule(Rule& rule, const Group* scope, const QString& ownerField)
{
    QSet<QString> members;
    if (scope) {
        collectIds(*scope, members);
    }
    // Whitespace and typographic quotes vary between editors; the phrases do not.
    const QString text = rule.text.simplified();
    if (std::optional<Condition> condition = conditional(text, members)) {
        rule.condition = condition;
    } else if (std::optional<Condition> either = oneOf(text, members)) {
        rule.condition = either;
    } else if (std::optional<Condition> range = dateRange(text, members, ownerField)) {
        rule.condition = range;
    }
}

} // namespace bt::forms
