#include "AccessibleControls.h"

#include "ChoiceTile.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>

namespace bt::widgets {

namespace {

// A button of ours that paints its text itself, read as Qt reads a button, but with the text as
// it is painted.
class PaintedButtonAccessible : public QAccessibleWidget
{
public:
    explicit PaintedButtonAccessible(QAbstractButton* button)
        : QAccessibleWidget(button, QAccessible::Button)
    {}

    QAccessible::Role role() const override
    {
        if (!button()->isCheckable()) {
            return QAccessible::Button;
        }
        // One answer of several (yes or no, one value of a list): read as an option button.
        const QButtonGroup* group = button()->group();
        const bool exclusive = button()->autoExclusive() || (group && group->exclusive());
        return exclusive ? QAccessible::RadioButton : QAccessible::CheckBox;
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name) {
            const QString name = widget()->accessibleName();
            return name.isEmpty() ? button()->text() : name;
        }
        return QAccessibleWidget::text(kind);
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = button()->isCheckable();
        state.checked = button()->isChecked();
        state.pressed = button()->isDown();
        state.readOnly = isReadOnly();
        return state;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (button()->isEnabled() && !isReadOnly()) {
            names.prepend(button()->isCheckable() ? toggleAction() : pressAction());
        }
        return names;
    }

    void doAction(const QString& action) override
    {
        if (!button()->isEnabled() || isReadOnly()) {
            return;
        }
        // A click, as a tap gives: the clicked() the screens listen for, and for a choice the
        // checked state with it.
        if (action == pressAction() || action == toggleAction()) {
            button()->click();
            return;
        }
        QAccessibleWidget::doAction(action);
    }

private:
    [[nodiscard]] QAbstractButton* button() const { return static_cast<QAbstractButton*>(widget()); }

    [[nodiscard]] bool isReadOnly() const
    {
        const auto* choice = qobject_cast<const ChoiceTile*>(widget());
        return choice && choice->isReadOnly();
    }
};

QAccessibleInterface* accessibleControl(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType()) {
        return nullptr;
    }
    auto* widget = static_cast<QWidget*>(object);
    if (className == QLatin1String("bt::widgets::TileButton") ||
        className == QLatin1String("bt::widgets::ChoiceTile") ||
        className == QLatin1String("bt::widgets::TextButton")) {
        return new PaintedButtonAccessible(static_cast<QAbstractButton*>(widget));
    }
    if (className == QLatin1String("bt::widgets::QrCode") || className == QLatin1String("bt::widgets::StatusIcon")) {
        return new QAccessibleWidget(widget, QAccessible::Graphic);
    }
    // Asked last, for a class that is no more than a QWidget: a window made of one (the kiosk
    // window, the out-of-order screen) would be read as a filler, and its title not announced.
    if (className == QLatin1String("QWidget") && widget->isWindow()) {
        return new QAccessibleWidget(widget, QAccessible::Window);
    }
    return nullptr;
}

} // namespace

void installAccessibleControls()
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleControl);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace bt::widgets
