#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace bt::test {

// What a screen reader gets wrong on what `root` shows, read through QAccessible as Orca reads
// it over AT-SPI. Checked for every visible element a citizen can press, type into or choose
// (a control by its role, anything focusable or with a press or toggle action):
// - it has a name;
// - the name keeps the "&" of the text on screen and has no double space (an "&" taken as a
//   shortcut marker: "Arbeit & Ruhestand" read as "Arbeit  Ruhestand");
// - its role says what it is (not a bare Client, which AT-SPI reads as "filler", nor a Pane).
// The window itself is a named window. And for every visible picture (role Graphic) and every leaf widget of ours that paints itself:
// it has a name and a role other than Client, so it is not read as a nameless filler.
struct AccessibilityAudit
{
    // One line per problem: "<screen>: <class> '<objectName>' (<role>): <problem>".
    QStringList problems;
    // How many controls were checked (a walk that finds none proves nothing).
    int controls = 0;
};

[[nodiscard]] AccessibilityAudit auditAccessibility(QWidget& root, const QString& screen);

} // namespace bt::test
