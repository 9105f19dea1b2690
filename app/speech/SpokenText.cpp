#include "SpokenText.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTextDocumentFragment>

namespace bt::app {

namespace {

QString plainTextOf(const QLabel& label)
{
    const QString text = label.text();
    const bool rich =
        label.textFormat() == Qt::RichText || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return (rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text).simplified();
}

// Labels that belong to an element said when it has the focus: inside a button, or the question,
// hint and message of a form field.
bool belongsToAControl(const QWidget& widget, const QWidget& region)
{
    for (const QWidget* up = widget.parentWidget(); up && up != &region; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractButton*>(up) || up->property("role").toString() == u"field") {
            return true;
        }
    }
    return false;
}

void collect(const QWidget& widget, const QWidget& region, QStringList& texts)
{
    for (const QObject* child : widget.children()) {
        const auto* childWidget = qobject_cast<const QWidget*>(child);
        if (!childWidget || !childWidget->isVisibleTo(&region)) {
            continue;
        }
        if (const auto* label = qobject_cast<const QLabel*>(childWidget); label && !label->buddy()) {
            if (const QString text = plainTextOf(*label);
                !text.isEmpty() && (texts.isEmpty() || texts.last() != text) && !belongsToAControl(*label, region)) {
                texts << text;
            }
        }
        collect(*childWidget, region, texts);
    }
}

bool isSecret(const QWidget& widget, const QAccessibleInterface* accessible)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(&widget)) {
        return line->echoMode() != QLineEdit::Normal;
    }
    return accessible && accessible->state().passwordEdit;
}

QString nameOf(const QWidget& widget, const QAccessibleInterface* accessible)
{
    QString name = accessible ? accessible->text(QAccessible::Name).simplified() : QString();
    if (name.isEmpty()) {
        // A field named by the label next to it (QLabel::setBuddy), or by its placeholder.
        for (const QLabel* label : widget.window()->findChildren<const QLabel*>()) {
            if (label->buddy() == &widget) {
                return plainTextOf(*label);
            }
        }
        if (const auto* line = qobject_cast<const QLineEdit*>(&widget)) {
            name = line->placeholderText();
        }
    }
    return name; // as the accessibility audit checks it: an "&" that is shown is read
}

} // namespace

QString SpokenText::ofRegion(const QWidget& region)
{
    QStringList texts;
    collect(region, region, texts);
    return texts.join(u'\n');
}

QString SpokenText::ofFocused(const QWidget& widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(&widget));
    QStringList parts;
    if (const QString name = nameOf(widget, accessible); !name.isEmpty()) {
        parts << name;
    }
    if (!accessible) {
        return parts.join(QStringLiteral(", "));
    }
    const QAccessible::State state = accessible->state();
    switch (accessible->role()) {
    case QAccessible::Button:
        //: Spoken after the name of a button that has the focus.
        parts << (state.checkable ? tr("toggle button") : tr("button"));
        if (state.checkable) {
            parts << (state.checked ? tr("on") : tr("off"));
        }
        break;
    case QAccessible::CheckBox:
        parts << tr("check box") << (state.checked ? tr("checked") : tr("not checked"));
        break;
    case QAccessible::RadioButton:
        //: Spoken for one of several choices (a radio button or choice tile).
        parts << tr("choice") << (state.checked ? tr("selected") : tr("not selected"));
        break;
    case QAccessible::EditableText: {
        parts << tr("text field");
        const QString value = accessible->text(QAccessible::Value);
        if (isSecret(widget, accessible)) {
            // One "star" per character: how many were typed, never which.
            const auto* line = qobject_cast<const QLineEdit*>(&widget);
            const qsizetype typed = line ? line->text().size() : value.size();
            //: How many characters a secret (a PIN) holds, e.g. "Sterne: 6"; the characters are never said.
            parts << (typed == 0 ? tr("empty") : tr("stars: %1").arg(typed));
        } else {
            parts << (value.isEmpty() ? tr("empty") : value);
        }
        break;
    }
    case QAccessible::ComboBox:
        parts << tr("selection list") << accessible->text(QAccessible::Value);
        break;
    case QAccessible::List:
        parts << tr("list");
        break;
    case QAccessible::ListItem:
        parts << tr("list entry");
        break;
    default:
        break;
    }
    if (state.disabled) {
        parts << tr("not available");
    }
    if (const QString description = accessible->text(QAccessible::Description).simplified(); !description.isEmpty()) {
        parts << description;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace bt::app
