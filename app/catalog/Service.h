#pragma once

#include "LocalizedText.h"
#include "TrustLevel.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace bt::app {

struct Fee
{
    enum class Kind
    {
        None,
        Fixed,
        Range,
        PerUnit,
    };
    Kind kind = Kind::None;
    qint64 amountCents = 0; // Fixed, PerUnit
    qint64 minCents = 0;    // Range
    qint64 maxCents = 0;    // Range
    LocalizedText unit;     // PerUnit
    LocalizedText note;     // optional
    bool hasNote = false;
};

struct Address
{
    QString street;
    QString postalCode;
    QString city;
};

struct Authority
{
    QString id;
    LocalizedText name;
    Address address;
    QString phone;
    QString email;
    LocalizedText openingHours;
};

// How a citizen gets the service done.
struct Channel
{
    enum class Kind
    {
        Terminal, // here, with a form
        Online,   // online elsewhere
        InPerson, // only at the authority
    };
    Kind kind = Kind::InPerson;
    QString formId; // Terminal
    QUrl url;       // Online
};

// One administrative service of the catalog (docs/catalog-format.md).
struct Service
{
    QString key; // LeiKa key (14 digits) or "local:<slug>"
    LocalizedText name;
    LocalizedText plainName;
    LocalizedText description;
    QString themenfeld;
    QStringList lagen;
    std::vector<LocalizedText> prerequisites;
    std::vector<LocalizedText> documents;
    Fee fee;
    LocalizedText processingTime;
    TrustLevel trustLevel = TrustLevel::None;
    QString authority;
    Channel channel;
    QMap<QString, QStringList> synonyms; // by language

    [[nodiscard]] bool hasLeikaKey() const { return !key.startsWith(QStringLiteral("local:")); }
};

} // namespace bt::app
