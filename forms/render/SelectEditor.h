#pragma once

#include "FieldEditor.h"

#include <vector>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bt::widgets {
class ChoiceTile;
}

namespace bt::forms {

// select: up to seven values as large choice tiles, one checked; more as a filter line above a
// scrolling list of large rows, with the chosen value named above them. value() is the code of
// the chosen entry.
class SelectEditor : public FieldEditor
{
    Q_OBJECT
public:
    static constexpr std::size_t mostTiles = 7;

    SelectEditor(const Field& field, QWidget* parent);

    [[nodiscard]] QString value() const override;
    void setValue(const QString& value) override;
    void focusInput() override;

    // Tiles (by code) when there are few values; filter and list when there are many.
    [[nodiscard]] widgets::ChoiceTile* tileFor(const QString& code) const;
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    // Beside the filter line while it has text: empties it, at the size of a finger.
    [[nodiscard]] QPushButton* clearFilterButton() const { return m_clearFilter; }
    [[nodiscard]] QListWidget* list() const { return m_list; }

protected:
    void applyLocked(bool locked) override;
    void updateAccessibility() override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildTiles();
    void buildList();
    void applyFilter(const QString& text);
    void showChosen();
    void retranslate();

    std::vector<std::pair<QString, widgets::ChoiceTile*>> m_tiles;
    QButtonGroup* m_group = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_filterCaption = nullptr;
    QPushButton* m_clearFilter = nullptr;
    QLabel* m_chosen = nullptr;
    QListWidget* m_list = nullptr;
    QString m_value; // list mode: the chosen code
};

} // namespace bt::forms
