#pragma once

#include "CodeList.h"
#include "SchemaError.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace bt::forms {

// The genericode lists the terminal ships (resources/forms/codelists, embedded as
// :/forms/codelists/), found by the URN a select field names.
class CodeListRegistry
{
public:
    static constexpr auto shippedDirectory = ":/forms/codelists";

    // Every *.xml of the directory; a broken file fails the whole registry (it is part of the build).
    [[nodiscard]] static std::optional<CodeListRegistry> load(const QString& directory, SchemaError* error);
    void add(CodeList list);

    // By canonicalVersionUri, else by canonicalUri and version; a reference without a version
    // takes the only list of that canonicalUri.
    [[nodiscard]] std::shared_ptr<const CodeList> find(const CodeListReference& reference) const;
    [[nodiscard]] std::size_t size() const { return m_lists.size(); }

private:
    std::vector<std::shared_ptr<const CodeList>> m_lists;
    QHash<QString, std::shared_ptr<const CodeList>> m_byVersionUri;
};

} // namespace bt::forms
