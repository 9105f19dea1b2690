#include "SchemaReaderV2.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace bt::forms {

SchemaReaderV2::SchemaReaderV2(QXmlStreamReader& xml, const QString& fileName)
    : XdfReader(xml, fileName, QString::fromLatin1(xmlNamespace), LayoutVersion::V2)
{}

SchemaReaderV2::SchemaReaderV2(QXmlStreamReader& xml, const QString& fileName, const QString& ns, LayoutVersion layout)
    : XdfReader(xml, fileName, ns, layout)
{}

bool SchemaReaderV2::isMetadata(QStringView name) const
{
    static constexpr std::array names{u"bezug",
                                      u"status",
                                      u"fachlicherErsteller",
                                      u"versionshinweis",
                                      u"freigabedatum",
                                      u"veroeffentlichungsdatum",
                                      u"gueltigAb",
                                      u"gueltigBis",
                                      u"schemaelementart",
                                      u"hilfetextAusgabe",
                                      u"bezeichnungAusgabe" /* of groups; fields keep it */,
                                      u"ableitungsmodifikationenStruktur",
                                      u"ableitungsmodifikationenRepraesentation",
                                      u"bezeichnungEingabe" /* of rules */};
    for (const char16_t* known : names) {
        if (name == QStringView(known)) {
            return true;
        }
    }
    return false;
}

bool SchemaReaderV2::readIdentification(Seen& seen, QString* id, QString* version)
{
    if (!seen.note(QStringLiteral("identifikation"), true)) {
        return fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
    }
    Seen inner;
    while (m_xml.readNextStartElement()) {
        if (isOurs() && name() == u"id") {
            if (!readSingleText(inner, id, true)) {
                return false;
            }
        } else if (isOurs() && name() == u"version") {
            if (!readSingleText(inner, version)) {
                return false;
            }
        } else {
            return unexpected(u"identifikation");
        }
    }
    if (m_xml.hasError()) {
        return fail(SchemaError::Code::Xml_NotWellFormed, QString());
    }
    if (!inner.contains(QStringLiteral("id"))) {
        return fail(SchemaError::Code::Element_Missing, QStringLiteral("%1 has no %2").arg(tag(), tag(u"id")));
    }
    return true;
}

XdfReader::Handled SchemaReaderV2::readIdentity(Seen& seen, QString* id, QString* version)
{
    if (name() != u"identifikation") {
        return Handled::No;
    }
    return readIdentification(seen, id, version) ? Handled::Yes : Handled::Failed;
}

bool SchemaReaderV2::readJsonConstraints(Seen& seen, Field& field)
{
    const QString element = tag();
    QString text;
    return readSingleText(seen, &text) && applyJsonConstraints(element, text, field);
}

bool SchemaReaderV2::applyJsonConstraints(const QString& element, const QString& text, Field& field)
{
    if (text.isEmpty()) {
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!json.isObject()) {
        return fail(
            SchemaError::Code::Value_Invalid,
            QStringLiteral("%1 is not a JSON object like {\"minLength\":\"1\",\"maxLength\":\"60\"}").arg(element));
    }
    const QJsonObject object = json.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isDouble() && !it->isString()) {
            return fail(SchemaError::Code::Value_Invalid,
                        QStringLiteral("%1 %2 must be a text or a number").arg(element, it.key()));
        }
        // Editors write numbers as strings ("1") or as numbers (1).
        const QString value = it->isDouble() ? QString::number(it->toDouble(), 'g', 17) : it->toString();
        if (!parseConstraint(field, it.key(), value)) {
            return false;
        }
    }
    return true;
}

XdfReader::Handled SchemaReaderV2::readFieldDetail(Seen& seen, Field& field)
{
    if (name() == u"praezisierung") {
        return readJsonConstraints(seen, field) ? Handled::Yes : Handled::Failed;
    }
    if (name() != u"codelisteReferenz") {
        return Handled::No;
    }
    if (!seen.note(QStringLiteral("codelisteReferenz"), true)) {
        fail(SchemaError::Code::Element_Duplicate, QStringLiteral("%1 appears more than once").arg(tag()));
        return Handled::Failed;
    }
    Seen inner;
    while (m_xml.readNextStartElement()) {
        if (!isOurs()) {
            unexpected(u"codelisteReferenz");
            return Handled::Failed;
        }
        if (name() == u"identifikation") {
            QString id;
            QString version;
            if (!readIdentification(inner, &id, &version)) {
                return Handled::Failed;
            }
        } else if (name() == u"genericodeIdentification") {
            Seen ids;
            while (m_xml.readNextStartElement()) {
                bool ok = isOurs();
                if (ok && name() == u"canonicalIdentification") {
                    ok = readSingleText(ids, &field.codeListReference.canonicalUri);
                } else if (ok && name() == u"version") {
                    ok = readSingleText(ids, &field.codeListReference.version);
                } else if (ok && name() == u"canonicalVersionUri") {
                    ok = readSingleText(ids, &field.codeListReference.canonicalVersionUri);
                } else {
                    unexpected(u"genericodeIdentification");
                    return Handled::Failed;
                }
                if (!ok) {
                    return Handled::Failed;
                }
            }
        } else {
            unexpected(u"codelisteReferenz");
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
