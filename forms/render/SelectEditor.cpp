#include "SelectEditor.h"

#include "ChoiceTile.h"
#include "ShowWhen.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

#include <algorithm>

namespace bt::forms {

namespace {

constexpr int codeRole = Qt::UserRole;
constexpr int visibleRows = 5;
constexpr int shortLabel = 24; // two tiles side by side when all labels are this short

// "Österreich" is found by "oster" and "öst": compare without accents and case.
QString folded(const QString& text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

} // namespace

SelectEditor::SelectEditor(const Field& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    if (field.codeList && field.codeList->entries().size() <= mostTiles) {
        buildTiles();
    } else {
        buildList();
    }
    retranslate();
}

void SelectEditor::buildTiles()
{
    m_group = new QButtonGroup(this);
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    const std::vector<CodeListEntry>& entries = field().codeList->entries();
    const bool allShort = std::all_of(
        entries.begin(), entries.end(), [](const CodeListEntry& e) { return e.label.size() <= shortLabel; });
    const int columns = allShort && entries.size() > 1 ? 2 : 1;
    int index = 0;
    for (const CodeListEntry& entry : entries) {
        auto* tile = new widgets::ChoiceTile(entry.label.isEmpty() ? entry.code : entry.label, this);
        tile->setObjectName(QStringLiteral("choice_") + entry.code);
        if (!entry.help.isEmpty()) {
            tile->setToolTip(entry.help);
        }
        m_group->addButton(tile);
        grid->addWidget(tile, index / columns, index % columns);
        m_tiles.emplace_back(entry.code, tile);
        ++index;
    }
    grid->setColumnStretch(columns, 1);
    for (int c = 0; c < columns; ++c) {
        grid->setColumnMinimumWidth(c, widgets::Theme::minimumTouchSize() * 4);
    }
    inputArea()->addLayout(grid);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this] {
        Q_EMIT valueChanged();
        Q_EMIT editingFinished();
    });
    if (!m_tiles.empty()) {
        setFocusProxy(m_tiles.front().second);
    }
}

void SelectEditor::buildList()
{
    m_filterCaption = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setProperty("role", QStringLiteral("input"));
    m_filterCaption->setBuddy(m_filter);
    // Beside the line, at the size of a finger (the line edit's own clear icon is a small
    // circle): shown while there is something to clear, keeping its place when hidden, so the
    // line does not change its width under the finger.
    m_clearFilter = new QPushButton(this);
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    // The letter keyboard stays up for the filter: the focus goes back to it (see below).
    m_clearFilter->setFocusPolicy(Qt::NoFocus);
    QSizePolicy clearPolicy = m_clearFilter->sizePolicy();
    clearPolicy.setRetainSizeWhenHidden(true);
    m_clearFilter->setSizePolicy(clearPolicy);
    m_clearFilter->setVisible(false); // the parent is not shown yet: nothing polished here
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(12);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_clearFilter);
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosen"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setProperty("role", QStringLiteral("input"));
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Swiped by a finger (touch events); a tap chooses at once, with no gesture delay.
    QScroller::grabGesture(m_list->viewport(), QScroller::TouchGesture);
    const int rowHeight = qMax(widgets::Theme::minimumTouchSize() + 8, fontMetrics().height() + 32);
    if (field().codeList) {
        for (const CodeListEntry& entry : field().codeList->entries()) {
            auto* item = new QListWidgetItem(entry.label.isEmpty() ? entry.code : entry.label, m_list);
            item->setData(codeRole, entry.code);
            item->setSizeHint(QSize(0, rowHeight));
        }
    }
    m_list->setFixedHeight(rowHeight * visibleRows + 12);
    inputArea()->addWidget(m_filterCaption);
    inputArea()->addLayout(filterRow);
    inputArea()->addWidget(m_list);
    inputArea()->addWidget(m_chosen);
    connect(m_filter, &QLineEdit::textChanged, this, &SelectEditor::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        showWhen(m_clearFilter, !text.isEmpty() && !isLocked());
    });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        m_filter->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_value = item->data(codeRole).toString();
        showChosen();
        Q_EMIT valueChanged();
        Q_EMIT editingFinished();
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        // Arrow keys of the tactile keypad move the choice, too.
        if (item && item->data(codeRole).toString() != m_value) {
            m_value = item->data(codeRole).toString();
            showChosen();
            Q_EMIT valueChanged();
        }
    });
    setFocusProxy(m_filter);
}

widgets::ChoiceTile* SelectEditor::tileFor(const QString& code) const
{
    for (const auto& [tileCode, tile] : m_tiles) {
        if (tileCode == code) {
            return tile;
        }
    }
    return nullptr;
}

void SelectEditor::applyFilter(const QString& text)
{
    const QString wanted = folded(text.trimmed());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!wanted.isEmpty() && !folded(item->text()).contains(wanted));
    }
}

QString SelectEditor::value() const
{
    if (m_group) {
        for (const auto& [code, tile] : m_tiles) {
            if (tile->isChecked()) {
                return code;
            }
        }
        return {};
    }
    return m_value;
}

void SelectEditor::setValue(const QString& value)
{
    if (value == this->value()) {
        return;
    }
    if (m_group) {
        m_group->setExclusive(false);
        for (const auto& [code, tile] : m_tiles) {
            tile->setChecked(code == value);
        }
        m_group->setExclusive(true);
    } else {
        m_value = value;
        const QSignalBlocker quiet(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(codeRole).toString() == value) {
                m_list->setCurrentRow(row);
                m_list->scrollToItem(m_list->item(row));
            }
        }
        showChosen();
    }
    Q_EMIT valueChanged();
}

void SelectEditor::showChosen()
{
    if (!m_chosen) {
        return;
    }
    QString label;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(codeRole).toString() == m_value) {
            label = m_list->item(row)->text();
        }
    }
    //: Under a long list of choices: what the citizen has chosen, e.g. "Ausgewählt: Deutschland".
    m_chosen->setText(label.isEmpty() ? tr("Nothing chosen yet.") : tr("Chosen: %1").arg(label));
}

void SelectEditor::focusInput()
{
    if (m_group) {
        for (const auto& [code, tile] : m_tiles) {
            if (tile->isChecked()) {
                tile->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        if (!m_tiles.empty()) {
            m_tiles.front().second->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_filter->setFocus(Qt::OtherFocusReason);
}

void SelectEditor::applyLocked(bool locked)
{
    for (const auto& [code, tile] : m_tiles) {
        tile->setReadOnly(locked);
    }
    if (m_list) {
        m_filter->setReadOnly(locked);
        showWhen(m_clearFilter, !locked && !m_filter->text().isEmpty());
        m_list->setSelectionMode(locked ? QAbstractItemView::NoSelection : QAbstractItemView::SingleSelection);
        m_list->setFocusPolicy(locked ? Qt::NoFocus : Qt::StrongFocus);
        m_list->viewport()->setAttribute(Qt::WA_TransparentForMouseEvents, locked);
    }
}

void SelectEditor::updateAccessibility()
{
    for (const auto& [code, tile] : m_tiles) {
        tile->setAccessibleName(tile->text());
        tile->setAccessibleDescription(accessibleQuestion() + QStringLiteral(". ") + accessibleDetails());
    }
    if (m_list) {
        m_list->setAccessibleName(accessibleQuestion());
        m_list->setAccessibleDescription(accessibleDetails());
        //: Read out for the filter line above a long list of choices, e.g. "Staatsangehörigkeit: Liste filtern".
        m_filter->setAccessibleName(tr("%1: filter the list").arg(accessibleQuestion()));
        //: Read out for the button beside the filter line of a long list, e.g. "Staatsangehörigkeit: Filter löschen".
        m_clearFilter->setAccessibleName(tr("%1: clear the filter").arg(accessibleQuestion()));
    }
}

void SelectEditor::showEvent(QShowEvent* event)
{
    FieldEditor::showEvent(event);
    if (m_list && m_list->count() > 0) {
        // Rows are as high as the style sheet makes them (padding, border): five whole rows.
        const int row = m_list->sizeHintForRow(0);
        m_list->setFixedHeight(row * visibleRows + 2 * m_list->frameWidth());
    }
}

void SelectEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    FieldEditor::changeEvent(event);
}

void SelectEditor::retranslate()
{
    if (m_filterCaption) {
        //: Above the filter line of a long list of choices.
        m_filterCaption->setText(tr("Type the first letters to shorten the list:"));
        //: Button beside the filter line of a long list of choices: empties the line, the whole list shows again.
        m_clearFilter->setText(tr("Clear"));
        showChosen();
    }
    updateAccessibility();
}

} // namespace bt::forms
