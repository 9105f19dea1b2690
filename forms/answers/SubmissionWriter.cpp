#include "SubmissionWriter.h"

#include "CanonicalValue.h"
#include "SubmissionTree.h"

#include <QXmlStreamWriter>

namespace bt::forms {

namespace {

using submission::Item;
using submission::Occurrence;

// Carriage returns as a character reference: a parser turns a literal one into a line feed.
void writeText(QXmlStreamWriter& xml, const QString& text)
{
    const QStringList parts = text.split(u'\r');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            xml.writeEntityReference(QStringLiteral("#13"));
        }
        if (!parts[i].isEmpty()) {
            xml.writeCharacters(parts[i]);
        }
    }
}

void writeXmlItems(QXmlStreamWriter& xml, const std::vector<Item>& items)
{
    for (const Item& item : items) {
        if (item.isRepeatedField) {
            for (const QString& value : item.values) {
                xml.writeStartElement(item.id);
                writeText(xml, value);
                xml.writeEndElement();
            }
            continue;
        }
        if (!item.isGroup) {
            xml.writeStartElement(item.id);
            writeText(xml, item.value);
            xml.writeEndElement();
            continue;
        }
        for (const Occurrence& occurrence : item.occurrences) {
            xml.writeStartElement(item.id);
            writeXmlItems(xml, occurrence.items);
            xml.writeEndElement();
        }
    }
}

// On the UTF-8 bytes: every byte of a multi-byte character is >= 0x80, so only ASCII is escaped.
QByteArray jsonStringOf(const QString& text)
{
    QByteArray out = "\"";
    for (const char byte : text.toUtf8()) {
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(byte) < 0x20) {
                out += "\\u" + QByteArray::number(static_cast<unsigned char>(byte), 16).rightJustified(4, '0');
            } else {
                out += byte;
            }
        }
    }
    return out + '"';
}

void writeJsonItems(QByteArray& out, const std::vector<Item>& items, int depth)
{
    const QByteArray indent(2 * depth, ' ');
    out += "{";
    bool first = true;
    for (const Item& item : items) {
        out += first ? "\n" : ",\n";
        first = false;
        out += indent + "  " + jsonStringOf(item.id) + ": ";
        if (item.isRepeatedField) {
            out += "[";
            for (std::size_t i = 0; i < item.values.size(); ++i) {
                out += (i == 0 ? "\n" : ",\n") + indent + "    " + jsonStringOf(item.values[i]);
            }
            out += "\n" + indent + "  ]";
            continue;
        }
        if (!item.isGroup) {
            out += jsonStringOf(item.value);
            continue;
        }
        out += "[";
        bool firstOccurrence = true;
        for (const Occurrence& occurrence : item.occurrences) {
            out += firstOccurrence ? "\n" : ",\n";
            firstOccurrence = false;
            out += indent + "    ";
            writeJsonItems(out, occurrence.items, depth + 2);
        }
        out += "\n" + indent + "  ]";
    }
    out += first ? QByteArray("}") : "\n" + indent + "}";
}

bool checkFormId(const QString& formId, SubmissionError* error)
{
    if (hasCharactersXmlCannotCarry(formId)) {
        error->message = QStringLiteral("the form id contains control characters");
        return false;
    }
    return true;
}

// What both formats write: the answers ordered and checked by the schema, for a form id the XML
// could carry.
std::optional<Occurrence>
checkedTree(const FormSchema& schema, const QString& formId, const FormAnswers& answers, SubmissionError* error)
{
    std::optional<Occurrence> tree = submission::treeOf(schema, answers, error);
    if (!tree || !checkFormId(formId, error)) {
        return std::nullopt;
    }
    return tree;
}

} // namespace

std::optional<QByteArray> SubmissionWriter::toXml(const FormSchema& schema,
                                                  const QString& formId,
                                                  const FormAnswers& answers,
                                                  SubmissionError* error)
{
    const std::optional<Occurrence> tree = checkedTree(schema, formId, answers, error);
    if (!tree) {
        return std::nullopt;
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(submission::namespaceUri));
    xml.writeStartElement(QString::fromLatin1(submission::namespaceUri), QStringLiteral("antrag"));
    xml.writeAttribute(QStringLiteral("schema"), schema.id);
    xml.writeAttribute(QStringLiteral("version"), schema.version);
    xml.writeAttribute(QStringLiteral("form"), formId);
    writeXmlItems(xml, tree->items);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

std::optional<QByteArray> SubmissionWriter::toJson(const FormSchema& schema,
                                                   const QString& formId,
                                                   const FormAnswers& answers,
                                                   SubmissionError* error)
{
    const std::optional<Occurrence> tree = checkedTree(schema, formId, answers, error);
    if (!tree) {
        return std::nullopt;
    }
    // By hand rather than QJsonDocument, which sorts keys: members stay in the schema's order.
    QByteArray out = "{\n  \"format\": " + jsonStringOf(QString::fromLatin1(submission::namespaceUri)) +
                     ",\n  \"schema\": " + jsonStringOf(schema.id) +
                     ",\n  \"version\": " + jsonStringOf(schema.version) + ",\n  \"form\": " + jsonStringOf(formId) +
                     ",\n  \"answers\": ";
    writeJsonItems(out, tree->items, 1);
    out += "\n}\n";
    return out;
}

} // namespace bt::forms
