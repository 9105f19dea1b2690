#pragma once

#include "SchemaReaderV2.h"

namespace bt::forms {

// XDatenfelder 3.0.0 ("urn:xoev-de:fim:standard:xdatenfelder_3.0.0"): praezisierung as
// attributes, inline select values (werte/wert), vorbefuellung, maxSize and mediaType for files,
// a checked freigabestatus, rules with freitextRegel, typ and skript. Schema messages and
// single-group messages (xdatenfelder.datenfeldgruppe.0103) are both read.
class SchemaReaderV3 : public SchemaReaderV2
{
public:
    static constexpr auto xmlNamespace = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";
    SchemaReaderV3(QXmlStreamReader& xml, const QString& fileName);

protected:
    Handled readIdentity(Seen& seen, QString* id, QString* version) override;
    Handled readFieldDetail(Seen& seen, Field& field) override;
    [[nodiscard]] bool isMetadata(QStringView name) const override;

private:
    bool readAttributeConstraints(Seen& seen, Field& field);
    bool readValues(Seen& seen, Field& field);
    bool readCodeListReference(Seen& seen, Field& field);
};

} // namespace bt::forms
