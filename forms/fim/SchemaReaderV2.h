#pragma once

#include "XdfReader.h"

namespace bt::forms {

// XDatenfelder 2.0 ("urn:xoev-de:fim:standard:xdatenfelder_2"): identities in <identifikation>,
// praezisierung as a JSON string, code lists by <codelisteReferenz><genericodeIdentification>.
class SchemaReaderV2 : public XdfReader
{
public:
    static constexpr auto xmlNamespace = "urn:xoev-de:fim:standard:xdatenfelder_2";
    SchemaReaderV2(QXmlStreamReader& xml, const QString& fileName);

protected:
    SchemaReaderV2(QXmlStreamReader& xml, const QString& fileName, const QString& ns, LayoutVersion layout);
    Handled readIdentity(Seen& seen, QString* id, QString* version) override;
    Handled readFieldDetail(Seen& seen, Field& field) override;
    [[nodiscard]] bool isMetadata(QStringView name) const override;

    bool readJsonConstraints(Seen& seen, Field& field);
    bool applyJsonConstraints(const QString& element, const QString& text, Field& field);
    bool readIdentification(Seen& seen, QString* id, QString* version);
};

} // namespace bt::forms
