#include "GenericodeParser.h"

#include <QSet>
#include <QXmlStreamReader>

namespace bt::forms {

namespace {

class GenericodeReader
{
public:
    GenericodeReader(const QByteArray& xml, const QString& fileName, const QString& labelColumn)
        : m_xml(xml)
        , m_fileName(fileName)
        , m_labelColumn(labelColumn)
    {}

    std::optional<CodeList> read(SchemaError* error)
    {
        while (!m_xml.atEnd() && !m_xml.isStartElement()) {
            m_xml.readNext();
            if (m_xml.tokenType() == QXmlStreamReader::DTD) {
                fail(SchemaError::Code::Xml_DtdNotAllowed, QStringLiteral("DTDs are not allowed"));
                break;
            }
        }
        if (!m_failed && (m_xml.name() != u"CodeList" ||
                          m_xml.namespaceUri() != QLatin1StringView(GenericodeParser::xmlNamespace))) {
            fail(SchemaError::Code::Message_UnknownRoot,
                 QStringLiteral("not a genericode 1.0 code list (root must be <gc:CodeList>)"));
        }
        while (!m_failed && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Identification") {
                readIdentification();
            } else if (m_xml.name() == u"ColumnSet") {
                readColumns();
            } else if (m_xml.name() == u"SimpleCodeList") {
                readRows();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!m_failed && m_xml.hasError()) {
            fail(SchemaError::Code::Xml_NotWellFormed, QString());
        }
        if (!m_failed && m_identity.canonicalUri.isEmpty()) {
            fail(SchemaError::Code::Element_Missing, QStringLiteral("the code list has no <CanonicalUri>"));
        }
        if (!m_failed && m_entries.empty()) {
            fail(SchemaError::Code::Element_Missing, QStringLiteral("the code list has no rows"));
        }
        if (m_failed) {
            *error = m_error;
            return std::nullopt;
        }
        return CodeList(m_identity, m_name, std::move(m_entries));
    }

private:
    bool fail(SchemaError::Code code, const QString& message)
    {
        if (!m_failed) {
            m_failed = true;
            if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::CustomError) {
                m_error = {SchemaError::Code::Xml_NotWellFormed,
                           m_fileName,
                           m_xml.lineNumber(),
                           m_xml.columnNumber(),
                           QStringLiteral("not well-formed XML: ") + m_xml.errorString()};
            } else {
                m_error = {code, m_fileName, m_xml.lineNumber(), m_xml.columnNumber(), message};
            }
        }
        return false;
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(); }

    void readIdentification()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"ShortName") {
                const QString shortName = text();
                if (m_name.isEmpty()) {
                    m_name = shortName;
                }
            } else if (m_xml.name() == u"LongName") {
                m_name = text();
            } else if (m_xml.name() == u"Version") {
                m_identity.version = text();
            } else if (m_xml.name() == u"CanonicalUri") {
                m_identity.canonicalUri = text();
            } else if (m_xml.name() == u"CanonicalVersionUri") {
                m_identity.canonicalVersionUri = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readColumns()
    {
        while (!m_failed && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Column") {
                m_columns.append(m_xml.attributes().value(QStringLiteral("Id")).toString());
                m_xml.skipCurrentElement();
            } else if (m_xml.name() == u"Key") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"ColumnRef" && m_codeColumn.isEmpty()) {
                        m_codeColumn = m_xml.attributes().value(QStringLiteral("Ref")).toString();
                    }
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_columns.size() < 1) {
            fail(SchemaError::Code::Element_Missing, QStringLiteral("<ColumnSet> has no <Column>"));
            return;
        }
        if (m_codeColumn.isEmpty()) {
            m_codeColumn = m_columns.front();
        }
        if (!m_labelColumn.isEmpty() && m_columns.contains(m_labelColumn)) {
            m_nameColumn = m_labelColumn;
        } else {
            for (const QString& column : std::as_const(m_columns)) {
                if (column != m_codeColumn) {
                    m_nameColumn = column;
                    break;
                }
            }
        }
    }

    void readRows()
    {
        if (m_columns.isEmpty()) {
            fail(SchemaError::Code::Element_Missing, QStringLiteral("<SimpleCodeList> comes before <ColumnSet>"));
            return;
        }
        QSet<QString> codes;
        while (!m_failed && m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Row") {
                m_xml.skipCurrentElement();
                continue;
            }
            CodeListEntry entry;
            qsizetype position = 0;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() != u"Value") {
                    m_xml.skipCurrentElement();
                    continue;
                }
                // ColumnRef may be left out; then values follow the column order.
                QString column = m_xml.attributes().value(QStringLiteral("ColumnRef")).toString();
                if (column.isEmpty() && position < m_columns.size()) {
                    column = m_columns[position];
                }
                ++position;
                QString value;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"SimpleValue") {
                        value = text();
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
                if (column == m_codeColumn) {
                    entry.code = value;
                } else if (column == m_nameColumn) {
                    entry.label = value;
                }
            }
            if (entry.code.isEmpty()) {
                fail(SchemaError::Code::Value_Empty, QStringLiteral("a <Row> has no code"));
                return;
            }
            if (codes.contains(entry.code)) {
                fail(SchemaError::Code::Element_Duplicate, QStringLiteral("code \"%1\" appears twice").arg(entry.code));
                return;
            }
            codes.insert(entry.code);
            if (entry.label.isEmpty()) {
                entry.label = entry.code;
            }
            m_entries.push_back(std::move(entry));
        }
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_labelColumn;
    SchemaError m_error;
    bool m_failed = false;
    CodeListReference m_identity;
    QString m_name;
    QStringList m_columns;
    QString m_codeColumn;
    QString m_nameColumn;
    std::vector<CodeListEntry> m_entries;
};

} // namespace

std::optional<CodeList>
GenericodeParser::parse(const QByteArray& xml, const QString& fileName, SchemaError* error, const QString& labelColumn)
{
    return GenericodeReader(xml, fileName, labelColumn).read(error);
}

} // namespace bt::forms
