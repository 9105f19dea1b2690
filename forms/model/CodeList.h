#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace bt::forms {

struct CodeListEntry
{
    QString code;  // what is stored and sent
    QString label; // what the citizen sees
    QString help;  // 3.0.0 inline values may carry a help text
};

// Which genericode list a select field uses, as the schema names it. Either URI may be empty in
// real files; canonicalVersionUri is the precise one ("urn:…:geschlecht_2").
struct CodeListReference
{
    QString canonicalUri;
    QString version;
    QString canonicalVersionUri;

    [[nodiscard]] bool isEmpty() const { return canonicalUri.isEmpty() && canonicalVersionUri.isEmpty(); }
    // canonicalVersionUri, or canonicalUri_version when only the parts are given.
    [[nodiscard]] QString versionUri() const;
};

// The values a select field offers: a genericode list or the inline values of a 3.0.0 field.
class CodeList
{
public:
    CodeList() = default;
    CodeList(CodeListReference identity, QString name, std::vector<CodeListEntry> entries);

    [[nodiscard]] const CodeListReference& identity() const { return m_identity; }
    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const std::vector<CodeListEntry>& entries() const { return m_entries; }
    [[nodiscard]] const CodeListEntry* find(const QString& code) const;

private:
    CodeListReference m_identity;
    QString m_name;
    std::vector<CodeListEntry> m_entries;
    QHash<QString, std::size_t> m_byCode;
};

} // namespace bt::forms
