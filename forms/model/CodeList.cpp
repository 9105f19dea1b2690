#include "CodeList.h"

namespace bt::forms {

QString CodeListReference::versionUri() const
{
    if (!canonicalVersionUri.isEmpty()) {
        return canonicalVersionUri;
    }
    return version.isEmpty() ? canonicalUri : canonicalUri + u'_' + version;
}

CodeList::CodeList(CodeListReference identity, QString name, std::vector<CodeListEntry> entries)
    : m_identity(std::move(identity))
    , m_name(std::move(name))
    , m_entries(std::move(entries))
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_byCode.insert(m_entries[i].code, i);
    }
}

const CodeListEntry* CodeList::find(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_entries[*it];
}

} // namespace bt::forms
