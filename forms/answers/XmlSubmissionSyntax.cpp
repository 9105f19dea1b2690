#include "SubmissionSyntax.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace bt::forms::submission {

namespace {

// Deeper than any FIM schema nests groups; stops a hostile instance from exhausting the stack.
constexpr int deepestElement = 64;

class XmlSyntax
{
public:
    XmlSyntax(const QByteArray& bytes, SubmissionError* error)
        : m_xml(bytes)
        , m_error(error)
    {}

    std::optional<Header> read(std::vector<RawElement>* rootChildren)
    {
        if (!nextElement()) {
            return failed(m_xml.tokenType() == QXmlStreamReader::DTD ? QStringLiteral("a DTD is not allowed")
                                                                     : QStringLiteral("no <antrag> element"));
        }
        if (m_xml.namespaceUri() != QLatin1StringView(namespaceUri) || m_xml.name() != u"antrag") {
            return failed(QStringLiteral("the document is not an answers instance: the root must be <antrag "
                                         "xmlns=\"%1\">")
                              .arg(QLatin1StringView(namespaceUri)));
        }
        Header header;
        for (const QXmlStreamAttribute& attribute : m_xml.attributes()) {
            const QStringView name = attribute.qualifiedName();
            if (name == u"schema") {
                header.schemaId = attribute.value().toString();
            } else if (name == u"version") {
                header.schemaVersion = attribute.value().toString();
            } else if (name == u"form") {
                header.formId = attribute.value().toString();
            } else {
                return failed(QStringLiteral("<antrag> has an unknown attribute %1").arg(name));
            }
        }
        for (const char* required : {"schema", "version", "form"}) {
            if (!m_xml.attributes().hasAttribute(QLatin1StringView(required))) {
                return failed(QStringLiteral("<antrag> lacks the attribute %1").arg(QLatin1StringView(required)));
            }
        }
        QString text;
        if (!readContent(rootChildren, &text, 1)) {
            return std::nullopt;
        }
        if (!text.trimmed().isEmpty()) {
            return failed(QStringLiteral("<antrag> holds text outside any field"));
        }
        while (!m_xml.atEnd()) {
            if (!skipHarmless() && m_xml.tokenType() != QXmlStreamReader::EndDocument) {
                return failed(QStringLiteral("content after </antrag>"));
            }
        }
        if (m_xml.hasError()) {
            return failed(m_xml.errorString());
        }
        return header;
    }

private:
    std::nullopt_t failed(const QString& message)
    {
        m_error->message = m_xml.hasError() ? m_xml.errorString() : message;
        m_error->line = static_cast<int>(std::max<qint64>(1, m_xml.lineNumber()));
        m_error->column = static_cast<int>(std::max<qint64>(1, m_xml.columnNumber()));
        return std::nullopt;
    }

    // Reads one token; true when it carries nothing (declaration, comment, blanks).
    bool skipHarmless()
    {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            return true;
        case QXmlStreamReader::Characters:
            return m_xml.isWhitespace();
        default:
            return false;
        }
    }

    bool nextElement()
    {
        while (!m_xml.atEnd()) {
            if (skipHarmless()) {
                continue;
            }
            return m_xml.tokenType() == QXmlStreamReader::StartElement;
        }
        return false;
    }

    // The content of the element just started, up to its end tag.
    bool readContent(std::vector<RawElement>* children, QString* text, int depth)
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::Characters:
                text->append(m_xml.text());
                break;
            case QXmlStreamReader::EntityReference: // an entity no DTD declared (DTDs are refused)
                failed(QStringLiteral("unknown entity &%1;").arg(m_xml.name()));
                return false;
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                break;
            case QXmlStreamReader::EndElement:
                return true;
            case QXmlStreamReader::StartElement:
                if (!readElement(children, depth + 1)) {
                    return false;
                }
                break;
            default:
                if (m_xml.hasError()) {
                    failed({});
                    return false;
                }
                break;
            }
        }
        failed(QStringLiteral("the document ends inside an element"));
        return false;
    }

    bool readElement(std::vector<RawElement>* siblings, int depth)
    {
        if (depth > deepestElement) {
            failed(QStringLiteral("elements nested deeper than %1").arg(deepestElement));
            return false;
        }
        if (m_xml.namespaceUri() != QLatin1StringView(namespaceUri)) {
            failed(QStringLiteral("<%1> is not in the namespace %2")
                       .arg(m_xml.qualifiedName(), QLatin1StringView(namespaceUri)));
            return false;
        }
        if (!m_xml.attributes().isEmpty()) {
            failed(QStringLiteral("<%1> has attributes; members carry none").arg(m_xml.name()));
            return false;
        }
        RawElement element;
        element.id = m_xml.name().toString();
        element.line = static_cast<int>(m_xml.lineNumber());
        element.column = static_cast<int>(m_xml.columnNumber());
        if (!readContent(&element.children, &element.text, depth)) {
            return false;
        }
        element.canBeField = element.children.empty();
        element.canBeGroup = element.text.trimmed().isEmpty();
        siblings->push_back(std::move(element));
        return true;
    }

    QXmlStreamReader m_xml;
    SubmissionError* m_error;
};

} // namespace

std::optional<Header>
readXmlSyntax(const QByteArray& bytes, std::vector<RawElement>* rootChildren, SubmissionError* error)
{
    return XmlSyntax(bytes, error).read(rootChildren);
}

} // namespace bt::forms::submission
