#pragma once

#include "FormSchema.h"
#include "SchemaError.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <memory>
#include <optional>
#include <utility>

namespace bt::forms {

class CodeListRegistry;

// The walk over an XDatenfelder message that all layouts share: schema > struktur > enthaelt >
// datenfeldgruppe | datenfeld, rules, codes, multiplicities, constraints. Each layout version
// subclasses it for the elements it spells differently. Stops at the first problem and keeps
// it with line and column; the caller gets a complete schema or none.
class XdfReader
{
public:
    XdfReader(QXmlStreamReader& xml, QString fileName, QString xmlNamespace, LayoutVersion layout);
    virtual ~XdfReader() = default;
    XdfReader(const XdfReader&) = delete;
    XdfReader& operator=(const XdfReader&) = delete;

    // xml stands on the message's root element; reads up to its end.
    [[nodiscard]] std::optional<FormSchema> readMessage(const CodeListRegistry* codeLists, SchemaError* error);

protected:
    // Which single-valued children an element had: a second one is an error, except that an empty
    // placeholder (<xdf:inhalt/>) may be followed by the element with content, as exporters write.
    class Seen
    {
    public:
        [[nodiscard]] bool note(const QString& name, bool hasContent);
        [[nodiscard]] bool contains(const QString& name) const { return m_hadContent.contains(name); }

    private:
        QHash<QString, bool> m_hadContent;
    };

    enum class Handled
    {
        No,
        Yes,
        Failed,
    };

    // --- what each layout spells its own way
    // The identity of a field, group, rule or schema: <identifikation><id/><version/></identifikation>
    // from 2.0 on, <id/> (and optionally <version/>) directly in the element in 1.x.
    virtual Handled readIdentity(Seen& seen, QString* id, QString* version) = 0;
    // Field children only some layouts have (praezisierung, code list references, values, …).
    virtual Handled readFieldDetail(Seen& seen, Field& field) = 0;
    // Elements the terminal does not use (status, dates, editors); skipped with their content.
    [[nodiscard]] virtual bool isMetadata(QStringView name) const = 0;
    // 1.x has no version in identities.
    [[nodiscard]] virtual bool needsVersion() const { return true; }

    // --- helpers for the subclasses
    [[nodiscard]] QStringView name() const { return m_xml.name(); }
    [[nodiscard]] bool isOurs() const { return m_xml.namespaceUri() == m_namespace; }
    bool fail(SchemaError::Code code, const QString& message);
    bool failHere(SchemaError::Code code, const QString& message, qint64 line, qint64 column);
    bool unexpected(QStringView parent);
    // Reads the text of the current element (no child elements allowed), trimmed.
    bool readText(QString* text);
    // Reads a text child, checking for duplicates; empty text is allowed unless required.
    bool readSingleText(Seen& seen, QString* text, bool required = false);
    // <xdf:feldart><code>input</code></xdf:feldart>
    bool readCode(Seen& seen, QString* code);
    bool skip();
    // Metadata of a group or field the form does not use: checked for duplicates, then skipped.
    bool skipMetadata(Seen& seen, QStringView local);
    bool parseConstraint(Field& field, QStringView key, const QString& value);
    [[nodiscard]] QString tag() const;
    [[nodiscard]] QString tag(QStringView localName) const;
    [[nodiscard]] bool hasFailed() const { return m_failed; }

    QXmlStreamReader& m_xml;
    const LayoutVersion m_layout;

private:
    bool readSchemaElement(FormSchema& schema);
    std::shared_ptr<const Group> readGroup(int depth);
    std::shared_ptr<const Field> readField();
    bool readStructure(Group& parent, int depth);
    std::optional<Rule> readRule();
    bool readLabelledElementChild(Seen& seen, QString* label, QString* help, QString* description, bool* handled);
    bool checkField(const Field& field, qint64 line, qint64 column);
    bool requireIdentity(const QString& id, const QString& version, QStringView element);

    // A field or group as first read, and where its element starts.
    template <typename T> struct Definition
    {
        std::shared_ptr<const T> item;
        qint64 line = 0;
        qint64 column = 0;
    };
    using Identity = std::pair<QString, QString>; // id, version
    // Remembers the first definition of each id+version; a later one must be the same.
    template <typename T>
    bool checkDefinition(QHash<Identity, Definition<T>>& defined,
                         const std::shared_ptr<const T>& item,
                         qint64 line,
                         qint64 column);
    // The elements (as tags) in which two definitions differ; empty when they are the same.
    [[nodiscard]] QStringList differences(const Field& first, const Field& second) const;
    [[nodiscard]] QStringList differences(const Group& first, const Group& second) const;

    const QString m_fileName;
    const QString m_namespace;
    QString m_prefix; // of the root element
    const CodeListRegistry* m_codeLists = nullptr;
    SchemaError m_error;
    bool m_failed = false;
    QHash<Identity, Definition<Field>> m_fieldDefinitions;
    QHash<Identity, Definition<Group>> m_groupDefinitions;
};

} // namespace bt::forms
