#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bt::app {

// What XzufiReader takes out of an XZuFi 2.2 file, before it is mapped to catalog entries.
// Positions are kept so that a record the importer rejects can be named by file and line.

struct XzufiPosition
{
    qint64 line = 0;
    qint64 column = 0;
};

// A multi-language XZuFi text: language code ("de", "en") to text, as written.
using XzufiText = QMap<QString, QString>;

// One entry of modulKosten. Amounts in euro cents.
struct XzufiCost
{
    XzufiPosition at;
    std::optional<qint64> fixedCents;
    std::optional<qint64> minCents;
    std::optional<qint64> maxCents;
    XzufiText unit; // "je Seite": the fixed amount is per unit
    XzufiText note;
};

struct XzufiLeistung
{
    XzufiPosition at;
    QString id;
    QString leikaKey;
    XzufiPosition leikaKeyAt;
    QMap<QString, XzufiText> textModules; // by leikaTextmodul code ("02", "05", …)
    bool hasCostModule = false;
    std::vector<XzufiCost> costs;
    XzufiText costNote;
    XzufiText processingTime;
    QString trustLevelCode;
    XzufiPosition trustLevelAt;
    QMap<QString, QStringList> synonyms; // by language
    QStringList unread;                  // child elements the reader skipped
};

struct XzufiOrganisation
{
    XzufiPosition at;
    QString id;
    XzufiText name;
    QString street;
    QString houseNumber;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    XzufiText openingHours;
    QStringList responsibleFor; // Leistung ids (zustaendigkeit/leistungID)
};

struct XzufiOnlineService
{
    XzufiPosition at;
    QString id;
    QString url;
    QStringList leistungIds;
};

struct XzufiFile
{
    std::vector<XzufiLeistung> leistungen;
    std::vector<XzufiOrganisation> organisations;
    std::vector<XzufiOnlineService> onlineServices;
    QStringList unread; // objects of a message the reader skipped (spezialisierung, …)
};

} // namespace bt::app
