#include "SchemaReaderV3.h"

#include <array>

namespace bt::forms {

SchemaReaderV3::SchemaReaderV3(QXmlStreamReader& xml, const QString& fileName)
    : SchemaReaderV2(xml, fileName, QString::fromLatin1(xmlNamespace), LayoutVersion::V3)
{}

bool SchemaReaderV3::isMetadata(QStringView name) const
{
    static constexpr std::array names{u"statusGesetztAm",
                                      u"statusGesetztDurch",
                                      u"letzteAenderung",
                                      u"relation",
                                      u"stichwort",
                                      u"dokumentsteckbrief",
                                      u"codeKey",
                                      u"nameKey",
                                      u"helpKey"};
    for (const char16_t* known : names) {
        if (name == QStringView(known)) {
            return true;
        }
    }
    return name != u"status" && SchemaReaderV2::isMetadata(name);
}

XdfReader::Handled SchemaReaderV3::readIdentity(Seen& seen, QString* id, QString* version)
{
    if (name() != u"freigabestatus") {
        return SchemaReaderV2::readIdentity(seen, id, version);
    }
    // Codes of urn:xoev-de:xprozess:codeliste:status: 1 in Planung … 6 fachlich freigegeben
    // (gold), 7 inaktiv, 8 vorgesehen zum Löschen.
    const QString element = tag();
    const qint64 line = m_xml.lineNumber();
    const qint64 column = m_xml.columnNumber();
    QString code;
    if (!readCode(seen, &code)) {
        return Handled::Failed;
    }
    bool ok = false;
    const int status = code.toInt(&ok);
    if (!ok || status < 1 || status > 8 || code.size() != 1) {
        failHere(SchemaError::Code::Value_Invalid,
                 QStringLiteral("%1 has the unknown code \"%2\" (expected 1 to 8)").arg(element, code),
                 line,
                 column);
        return Handled::Failed;
    }
    return Handled::Yes;
}

bool SchemaReaderV3::readAttributeConstraints(Seen& seen, Field& field)
{
    if (!seen.note(QStringLiteral("praezisierung"), true)) {
        return fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
    }
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (!parseConstraint(field, attribute.name(), attribute.value().toString())) {
            return false;
        }
    }
    // The element's text is an editor's note, not a constraint.
    m_xml.readElementText(QXmlStreamReader::SkipChildElements);
    return m_xml.hasError() ? fail(SchemaError::Code::Xml_NotWellFormed, QString()) : true;
}

bool SchemaReaderV3::readValues(Seen& seen, Field& field)
{
    if (!seen.note(QStringLiteral("werte"), true)) {
        return fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
    }
    std::vector<CodeListEntry> entries;
    while (m_xml.readNextStartElement()) {
        if (!isOurs() || name() != u"wert") {
            return unexpected(u"werte");
        }
        CodeListEntry entry;
        Seen inner;
        while (m_xml.readNextStartElement()) {
            bool ok = isOurs();
            if (ok && name() == u"code") {
                ok = readSingleText(inner, &entry.code, true);
            } else if (ok && name() == u"name") {
                ok = readSingleText(inner, &entry.label, true);
            } else if (ok && name() == u"hilfe") {
                ok = readSingleText(inner, &entry.help);
            } else {
                return unexpected(u"wert");
            }
            if (!ok) {
                return false;
            }
        }
        if (m_xml.hasError()) {
            return fail(SchemaError::Code::Xml_NotWellFormed, QString());
        }
        if (entry.code.isEmpty()) {
            return fail(SchemaError::Code::Element_Missing, QStringLiteral("%1 has no code").arg(tag(u"wert")));
        }
        for (const CodeListEntry& earlier : entries) {
            if (earlier.code == entry.code) {
                return fail(SchemaError::Code::Element_Duplicate,
                            QStringLiteral("field %1 offers the value \"%2\" twice").arg(field.id, entry.code));
            }
        }
        entries.push_back(std::move(entry));
    }
    if (m_xml.hasError()) {
        return fail(SchemaError::Code::Xml_NotWellFormed, QString());
    }
    field.codeList = std::make_shared<const CodeList>(CodeListReference{}, field.name, std::move(entries));
    return true;
}

bool SchemaReaderV3::readCodeListReference(Seen& seen, Field& field)
{
    if (!seen.note(QStringLiteral("codelisteReferenz"), true)) {
        return fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
    }
    Seen inner;
    while (m_xml.readNextStartElement()) {
        bool ok = isOurs();
        if (ok && name() == u"canonicalIdentification") {
            ok = readSingleText(inner, &field.codeListReference.canonicalUri);
        } else if (ok && name() == u"version") {
            ok = readSingleText(inner, &field.codeListReference.version);
        } else if (ok && name() == u"canonicalVersionUri") {
            ok = readSingleText(inner, &field.codeListReference.canonicalVersionUri);
        } else {
            return unexpected(u"codelisteReferenz");
        }
        if (!ok) {
            return false;
        }
    }
    return m_xml.hasError() ? fail(SchemaError::Code::Xml_NotWellFormed, QString()) : true;
}

XdfReader::Handled SchemaReaderV3::readFieldDetail(Seen& seen, Field& field)
{
    bool ok = true;
    const QStringView local = name();
    if (local == u"praezisierung") {
        ok = readAttributeConstraints(seen, field);
    } else if (local == u"werte") {
        ok = readValues(seen, field);
    } else if (local == u"codelisteReferenz") {
        ok = readCodeListReference(seen, field);
    } else if (local == u"vorbefuellung") {
        const QString element = tag();
        QString code;
        ok = readCode(seen, &code);
        if (ok) {
            const std::optional<Prefill> prefill = prefillFromCode(code);
            if (!prefill) {
                fail(SchemaError::Code::Value_Invalid,
                     QStringLiteral("%1 has the unknown code \"%2\"").arg(element, code));
                return Handled::Failed;
            }
            field.prefill = *prefill;
        }
    } else if (local == u"maxSize") {
        const QString element = tag();
        QString text;
        ok = readSingleText(seen, &text);
        if (ok && !text.isEmpty()) {
            bool isNumber = false;
            const qint64 size = text.toLongLong(&isNumber);
            if (!isNumber || size <= 0) {
                fail(SchemaError::Code::Value_Invalid,
                     QStringLiteral("%1 \"%2\" is not a size in bytes").arg(element, text));
                return Handled::Failed;
            }
            field.constraints.maxSizeBytes = size;
        }
    } else if (local == u"mediaType") {
        QString type;
        ok = readText(&type);
        if (ok && !type.isEmpty()) {
            field.constraints.mediaTypes.append(type);
        }
    } else {
        return Handled::No;
    }
    return ok ? Handled::Yes : Handled::Failed;
}

} // namespace bt::forms
