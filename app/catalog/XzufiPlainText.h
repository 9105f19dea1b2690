#pragma once

#include <QString>
#include <QStringList>

namespace bt::app {

// XZuFi texts are often HTML (escaped inside the XML): <p>, <ul><li>, <br>, &nbsp;. The
// catalog holds plain text, so the importer turns them into lines and list items.
class XzufiPlainText
{
public:
    // Tags removed, paragraphs and items on their own lines, spaces collapsed.
    [[nodiscard]] static QString text(const QString& html);
    // One entry per list item or line, bullets ("-", "•", "*") removed, empty lines dropped.
    [[nodiscard]] static QStringList items(const QString& html);
};

} // namespace bt::app
