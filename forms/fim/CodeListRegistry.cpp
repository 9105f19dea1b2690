#include "CodeListRegistry.h"

#include "FormsLogging.h"
#include "GenericodeParser.h"

#include <QDir>
#include <QFile>

namespace bt::forms {

std::optional<CodeListRegistry> CodeListRegistry::load(const QString& directory, SchemaError* error)
{
    CodeListRegistry registry;
    const QStringList names = QDir(directory).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = directory + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {SchemaError::Code::File_Unreadable, path, 0, 0, QStringLiteral("cannot be read")};
            return std::nullopt;
        }
        std::optional<CodeList> list = GenericodeParser::parse(file.readAll(), path, error);
        if (!list) {
            return std::nullopt;
        }
        registry.add(std::move(*list));
    }
    qCDebug(lcForms) << "code lists loaded:" << registry.size() << "from" << directory;
    return registry;
}

void CodeListRegistry::add(CodeList list)
{
    auto shared = std::make_shared<const CodeList>(std::move(list));
    m_byVersionUri.insert(shared->identity().versionUri(), shared);
    m_lists.push_back(std::move(shared));
}

std::shared_ptr<const CodeList> CodeListRegistry::find(const CodeListReference& reference) const
{
    if (const auto it = m_byVersionUri.constFind(reference.versionUri()); it != m_byVersionUri.cend()) {
        return *it;
    }
    std::shared_ptr<const CodeList> only;
    for (const auto& list : m_lists) {
        if (list->identity().canonicalUri != reference.canonicalUri) {
            continue;
        }
        if (!reference.version.isEmpty() && list->identity().version == reference.version) {
            return list;
        }
        if (reference.version.isEmpty()) {
            if (only) {
                return nullptr; // several versions shipped: the reference must say which
            }
            only = list;
        }
    }
    return only;
}

} // namespace bt::forms
