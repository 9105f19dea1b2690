#pragma once

#include "Screen.h"

#include <map>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace bt::widgets {
class TileButton;
class TileGrid;
} // namespace bt::widgets

namespace bt::app {

class Catalog;
class ScrollPage;
class Session;

// Every service from A to Z by the name citizens use, with a row of letters to jump to.
class ServiceIndexScreen : public Screen
{
    Q_OBJECT
public:
    ServiceIndexScreen(const Catalog& catalog, const Session& session, QWidget* parent = nullptr);

    void retranslate() override;
    [[nodiscard]] QStringList letters() const;
    [[nodiscard]] widgets::TileButton* serviceTile(const QString& serviceKey) const;
    void jumpTo(const QString& letter);

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void serviceChosen(const QString& serviceKey);

private:
    const Catalog& m_catalog;
    const Session& m_session;
    QLabel* m_title;
    QWidget* m_letterBar;
    QHBoxLayout* m_letterLayout;
    widgets::TileGrid* m_letterGrid;
    QWidget* m_groups;
    QVBoxLayout* m_groupsLayout;
    ScrollPage* m_scroll;
    std::map<QString, QLabel*> m_headings;
    bool m_stale = true;

    void rebuild();
};

} // namespace bt::app
