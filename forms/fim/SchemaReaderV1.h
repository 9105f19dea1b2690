#pragma once

#include "SchemaReaderV2.h"

namespace bt::forms {

// The older 1.x layout ("urn:xoev-de:fim:standard:xdatenfelder_1", as S00000036_WaBeKa.xml):
// like 2.0, but <id> stands directly in the element (no version), code lists are described
// inline by <codeliste> (kennung, version), and praezisierung may be a plain note instead of JSON.
class SchemaReaderV1 : public SchemaReaderV2
{
public:
    static constexpr auto xmlNamespace = "urn:xoev-de:fim:standard:xdatenfelder_1";
    SchemaReaderV1(QXmlStreamReader& xml, const QString& fileName);

protected:
    Handled readIdentity(Seen& seen, QString* id, QString* version) override;
    Handled readFieldDetail(Seen& seen, Field& field) override;
    [[nodiscard]] bool needsVersion() const override { return false; }
};

} // namespace bt::forms
