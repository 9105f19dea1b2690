#include "SchemaReaderV1.h"

namespace bt::forms {

SchemaReaderV1::SchemaReaderV1(QXmlStreamReader& xml, const QString& fileName)
    : SchemaReaderV2(xml, fileName, QString::fromLatin1(xmlNamespace), LayoutVersion::V1)
{}

XdfReader::Handled SchemaReaderV1::readIdentity(Seen& seen, QString* id, QString* version)
{
    if (name() == u"id") {
        return readSingleText(seen, id, true) ? Handled::Yes : Handled::Failed;
    }
    if (name() == u"version") {
        return readSingleText(seen, version) ? Handled::Yes : Handled::Failed;
    }
    return Handled::No;
}

XdfReader::Handled SchemaReaderV1::readFieldDetail(Seen& seen, Field& field)
{
    if (name() == u"praezisierung") {
        // 1.x editors wrote the name of a code list here ("Waffenkategorie") as often as JSON.
        const QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (m_xml.hasError()) {
            fail(SchemaError::Code::Xml_NotWellFormed, QString());
            return Handled::Failed;
        }
        if (!seen.note(QStringLiteral("praezisierung"), !text.isEmpty())) {
            fail(SchemaError::Code::Element_Duplicate, QStringLiteral("<xdf:praezisierung> appears more than once"));
            return Handled::Failed;
        }
        if (!text.startsWith(u'{')) {
            return Handled::Yes;
        }
        return applyJsonConstraints(QStringLiteral("<xdf:praezisierung>"), text, field) ? Handled::Yes
                                                                                        : Handled::Failed;
    }
    if (name() != u"codeliste") {
        return Handled::No;
    }
    if (!seen.note(QStringLiteral("codeliste"), true)) {
        fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
        return Handled::Failed;
    }
    Seen inner;
    while (m_xml.readNextStartElement()) {
        bool ok = isOurs();
        if (ok && name() == u"kennung") {
            ok = readSingleText(inner, &field.codeListReference.canonicalUri);
        } else if (ok && name() == u"version") {
            ok = readSingleText(inner, &field.codeListReference.version);
        } else if (ok && (name() == u"id" || name() == u"name" || name() == u"langname" || name() == u"beschreibung" ||
                          name() == u"definition" || name() == u"bezeichnungEingabe" || isMetadata(name()))) {
            ok = skip();
        } else {
            unexpected(u"codeliste");
            return Handled::Failed;
        }
        if (!ok) {
            return Handled::Failed;
        }
    }
    if (m_xml.hasError()) {
        fail(SchemaError::Code::Xml_NotWellFormed, QString());
        return Handled::Failed;
    }
    return Handled::Yes;
}

} // namespace bt::forms
