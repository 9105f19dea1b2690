#include "SchemaParser.h"

#include "BoundedFile.h"

#include "SchemaReaderV1.h"
#include "SchemaReaderV2.h"
#include "SchemaReaderV3.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace bt::forms {

namespace {

SchemaError errorAt(const QXmlStreamReader& xml, const QString& file, SchemaError::Code code, const QString& message)
{
    return SchemaError{
        code, file, std::max<qint64>(xml.lineNumber(), 1), std::max<qint64>(xml.columnNumber(), 1), message};
}

} // namespace

std::optional<FormSchema> SchemaParser::parse(const QByteArray& xml,
                                              const QString& fileName,
                                              const CodeListRegistry* codeLists,
                                              SchemaError* error)
{
    if (xml.size() > largestFile) {
        *error = {SchemaError::Code::File_TooLarge,
                  fileName,
                  0,
                  0,
                  QStringLiteral("larger than %1 MiB").arg(largestFile / 1024 / 1024)};
        return std::nullopt;
    }
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.isStartElement()) {
        reader.readNext();
        // Schemas never need a DTD; refusing it rules out entity tricks.
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            *error =
                errorAt(reader, fileName, SchemaError::Code::Xml_DtdNotAllowed, QStringLiteral("DTDs are not allowed"));
            return std::nullopt;
        }
    }
    if (reader.hasError() || !reader.isStartElement()) {
        *error = errorAt(reader,
                         fileName,
                         SchemaError::Code::Xml_NotWellFormed,
                         QStringLiteral("not well-formed XML: ") +
                             (reader.hasError() ? reader.errorString() : QStringLiteral("no root element")));
        return std::nullopt;
    }
    const QStringView ns = reader.namespaceUri();
    const QStringView root = reader.name();
    const QString rootTag = u'<' + reader.qualifiedName().toString() + u'>';
    std::unique_ptr<XdfReader> layoutReader;
    if (ns == QLatin1StringView(SchemaReaderV2::xmlNamespace)) {
        if (root == u"xdatenfelder.stammdatenschema.0102") {
            layoutReader = std::make_unique<SchemaReaderV2>(reader, fileName);
        }
    } else if (ns == QLatin1StringView(SchemaReaderV3::xmlNamespace)) {
        if (root == u"xdatenfelder.stammdatenschema.0102" || root == u"xdatenfelder.datenfeldgruppe.0103") {
            layoutReader = std::make_unique<SchemaReaderV3>(reader, fileName);
        }
    } else if (ns == QLatin1StringView(SchemaReaderV1::xmlNamespace)) {
        if (root == u"xdatenfelder.stammdatenschema.0102001" || root == u"xdatenfelder.stammdatenschema.0102") {
            layoutReader = std::make_unique<SchemaReaderV1>(reader, fileName);
        }
    } else {
        *error = errorAt(reader,
                         fileName,
                         SchemaError::Code::Message_UnknownNamespace,
                         QStringLiteral("unknown namespace \"%1\" of %2; expected XDatenfelder 1, 2 or 3.0.0")
                             .arg(ns.toString(), rootTag));
        return std::nullopt;
    }
    if (!layoutReader) {
        *error = errorAt(reader,
                         fileName,
                         SchemaError::Code::Message_UnknownRoot,
                         QStringLiteral("%1 is not a message the terminal reads (a Stammdatenschema or, in 3.0.0, "
                                        "a Datenfeldgruppe)")
                             .arg(rootTag));
        return std::nullopt;
    }
    return layoutReader->readMessage(codeLists, error);
}

std::optional<FormSchema> SchemaParser::load(const QString& path, const CodeListRegistry* codeLists, SchemaError* error)
{
    QString problem;
    const std::optional<QByteArray> bytes = readBoundedFile(path, largestFile, &problem);
    if (!bytes) {
        const bool tooLarge = problem.startsWith(QStringLiteral("is larger"));
        *error = {tooLarge ? SchemaError::Code::File_TooLarge : SchemaError::Code::File_Unreadable, path, 0, 0, problem};
        return std::nullopt;
    }
    return parse(*bytes, path, codeLists, error);
}

} // namespace bt::forms
