#pragma once

#include "Failure.h"
#include "FormSchema.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace bt::app {

class Session;

// Which answers of a form the ID card gives (resources/forms/eid-prefill.json: field id → eID
// data group), taken from what the eID layer put into the session. Such fields are shown filled
// and locked. A value that does not fit its field (say, a nationality the code list lacks) is left
// for the citizen to answer instead of being locked in wrong.
class IdentityPrefill
{
public:
    struct Answer
    {
        QString path; // the group occurrence (FormAnswers), "" for the form's top level
        QString fieldId;
        QString value;
    };

    static constexpr auto resourcePath = ":/forms/eid-prefill.json";
    // The card's nationality is an ICAO code ("D"); forms ask for a DESTATIS key ("000").
    static constexpr auto nationalitiesPath = ":/forms/codelists/icao-nationality-to-destatis.json";

    // The shipped mapping; empty (nothing is prefilled) and logged if it cannot be read.
    [[nodiscard]] static const IdentityPrefill& shipped();
    // A mapping file's content; nullopt and `failure` (what and where) if it is not one.
    [[nodiscard]] static std::optional<IdentityPrefill> parse(const QByteArray& json, Failure* failure);
    // Adds the ICAO → DESTATIS table of nationalities; false and `failure` if it is not one.
    bool readNationalities(const QByteArray& json, Failure* failure);

    // The answers the session's identity gives for `schema`. Fields in repeatable groups are
    // never filled: a list of persons or dogs is not the applicant.
    [[nodiscard]] std::vector<Answer> answersFor(const forms::FormSchema& schema, const Session& session) const;
    [[nodiscard]] bool isEmpty() const { return m_sessionKeys.isEmpty(); }

private:
    [[nodiscard]] QString valueFor(const forms::Field& field, const QString& key, const Session& session) const;

    QHash<QString, QString> m_sessionKeys;   // field id → identityData key
    QString m_nationalityList;               // the code list the table gives keys of
    QHash<QString, QString> m_nationalities; // ICAO code → key of that list
};

} // namespace bt::app
