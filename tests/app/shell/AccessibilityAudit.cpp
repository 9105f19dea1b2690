#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QFrame>
#include <QLabel>
#include <QMetaEnum>
#include <QWidget>

namespace bt::test {

namespace {

// Roles of controls: what a screen reader offers to press, type into or choose.
bool isControlRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropGrid:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::HotkeyField:
    case QAccessible::Link:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

// Roles that say nothing about what an element is (AT-SPI reads Client as "filler", Pane and
// Grouping as "panel").
bool isBlankRole(QAccessible::Role role)
{
    return role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane ||
           role == QAccessible::Grouping;
}

bool canBePressed(QAccessibleInterface& element)
{
    if (element.state().focusable) {
        return true;
    }
    QAccessibleActionInterface* actions = element.actionInterface();
    if (!actions) {
        return false;
    }
    const QStringList names = actions->actionNames();
    return names.contains(QAccessibleActionInterface::pressAction()) ||
           names.contains(QAccessibleActionInterface::toggleAction());
}

// A widget of ours (not one of Qt's, which come with their interfaces) that draws what it shows
// itself, with nothing inside for a screen reader to read instead.
bool isOwnPaintedLeaf(QAccessibleInterface& element)
{
    const QObject* object = element.object();
    if (!object || element.childCount() > 0) {
        return false;
    }
    const QMetaObject* type = object->metaObject();
    return type != &QWidget::staticMetaObject && type != &QFrame::staticMetaObject &&
           !QByteArray(type->className()).startsWith('Q');
}

// The text the element shows on screen, where a widget has one.
QString shownText(const QObject* object)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(object)) {
        return button->text();
    }
    if (const auto* label = qobject_cast<const QLabel*>(object)) {
        return label->text();
    }
    return {};
}

QString roleName(QAccessible::Role role)
{
    const char* key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

// "<class> '<objectName>'", or for an item without an object of its own (a list row) its
// container's and its text.
QString describe(QAccessibleInterface& element)
{
    const QObject* object = element.object();
    if (!object) {
        QAccessibleInterface* parent = element.parent();
        const QString container = parent ? describe(*parent) : QStringLiteral("?");
        return QStringLiteral("item \"%1\" of %2").arg(element.text(QAccessible::Name), container);
    }
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
}

void audit(QAccessibleInterface& element, const QString& screen, AccessibilityAudit& result)
{
    const QAccessible::State state = element.state();
    if (state.invisible) {
        return; // and everything in it: a hidden page or part of one
    }
    const QAccessible::Role role = element.role();
    const QString name = element.text(QAccessible::Name);
    QStringList missing;
    if (isControlRole(role) || canBePressed(element)) {
        ++result.controls;
        if (name.trimmed().isEmpty()) {
            missing << QStringLiteral("no accessible name");
        }
        const QString text = shownText(element.object());
        if (text.contains(u'&') && !name.isEmpty() && !name.contains(u'&')) {
            missing
                << QStringLiteral("name \"%1\" lost the \"&\" of \"%2\" (taken as a shortcut marker)").arg(name, text);
        } else if (name.contains(QStringLiteral("  "))) {
            missing
                << QStringLiteral("name \"%1\" has a double space (an \"&\" taken as a shortcut marker?)").arg(name);
        }
        if (isBlankRole(role)) {
            missing << QStringLiteral("its role does not say what it is, though it can be pressed or focused");
        }
    } else if (role == QAccessible::Graphic && name.trimmed().isEmpty()) {
        missing << QStringLiteral("a picture without a name");
    } else if (isOwnPaintedLeaf(element) && (isBlankRole(role) || name.trimmed().isEmpty())) {
        missing << QStringLiteral("painted without a role and name of its own (read as a nameless filler)");
    }
    for (const QString& what : std::as_const(missing)) {
        result.problems << QStringLiteral("%1: %2 (%3): %4").arg(screen, describe(element), roleName(role), what);
    }
    for (int index = 0; index < element.childCount(); ++index) {
        if (QAccessibleInterface* child = element.child(index); child && child->isValid()) {
            audit(*child, screen, result);
        }
    }
}

} // namespace

AccessibilityAudit auditAccessibility(QWidget& root, const QString& screen)
{
    AccessibilityAudit result;
    if (QAccessibleInterface* top = QAccessible::queryAccessibleInterface(&root)) {
        // A window read as a filler, or without a name: its title is not announced.
        if (top->role() != QAccessible::Window || top->text(QAccessible::Name).trimmed().isEmpty()) {
            result.problems << QStringLiteral("%1: the window %2 (%3) \"%4\": not a named window")
                                   .arg(screen, describe(*top), roleName(top->role()), top->text(QAccessible::Name));
        }
        audit(*top, screen, result);
    } else {
        result.problems << QStringLiteral("%1: no accessible interface for the window").arg(screen);
    }
    return result;
}

} // namespace bt::test
