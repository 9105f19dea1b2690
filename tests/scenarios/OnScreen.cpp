#include "OnScreen.h"

#include "ErrorSummary.h"
#include "FieldEditor.h"
#include "StepView.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegion>

#include <algorithm>

namespace bt::test {

namespace {

const bt::forms::FieldEditor* nearestEditor(const QWidget* widget)
{
    for (const QWidget* up = widget; up; up = up->parentWidget()) {
        if (auto* editor = qobject_cast<const bt::forms::FieldEditor*>(up)) {
            return editor;
        }
    }
    return nullptr;
}

} // namespace

bool wholeOnScreen(const QWidget* widget)
{
    return widget && widget->isVisible() && widget->visibleRegion() == QRegion(widget->rect());
}

bool readable(const bt::forms::FieldEditor* editor)
{
    return wholeOnScreen(editor->findChild<QLabel*>(QStringLiteral("question"))) && wholeOnScreen(editor->errorLabel());
}

bool inside(const QWidget* outer, const QWidget* widget)
{
    return widget && outer && (widget == outer || outer->isAncestorOf(widget));
}

QList<bt::forms::FieldEditor*> shownEditors(bt::forms::StepView* view)
{
    QList<bt::forms::FieldEditor*> shown;
    for (bt::forms::FieldEditor* editor : view->findChildren<bt::forms::FieldEditor*>()) {
        if (editor->isVisibleTo(view)) {
            shown << editor;
        }
    }
    std::stable_sort(shown.begin(), shown.end(), [view](bt::forms::FieldEditor* a, bt::forms::FieldEditor* b) {
        return a->mapTo(view, QPoint()).y() < b->mapTo(view, QPoint()).y();
    });
    return shown;
}

QString describe(const QWidget* widget)
{
    if (!widget) {
        return QStringLiteral("nothing");
    }
    QString text = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
    if (const bt::forms::FieldEditor* editor = nearestEditor(widget)) {
        text += QStringLiteral(" in \"%1\"").arg(editor->field().label);
    }
    return text;
}

QString summaryText(bt::forms::StepView* view)
{
    QStringList lines;
    for (QAbstractButton* line : view->errorSummary()->lineButtons()) {
        lines << line->text();
    }
    return lines.join(QStringLiteral(" | "));
}

} // namespace bt::test
