#pragma once

#include <QCoreApplication>
#include <QDebug>
#include <QMetaType>
#include <QString>

namespace bt::app {

// One failure of the terminal's libraries, told three ways: a code whose name reads well in a
// log or a ticket, a plain message for the citizen, and a detail for staff (what and where: file,
// line, field), never personal data. Returned through `Failure* failure` and sent in signals.
class Failure
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(bt::app::Failure)

public:
    // <Library>_<What>: the library that produced it, then what went wrong (STYLE.md). Only codes
    // that some library produces; the citizen's message follows from the code (citizenMessage()).
    enum class Code
    {
        None, // nothing failed: what a default Failure holds

        // app/catalog: the taxonomy, the catalog and the form index (shipped or installed),
        // signed catalog updates, XZuFi imports
        Catalog_ResourceMissing,    // a data file is missing from this build
        Catalog_FileUnreadable,     // an installed update cannot be read
        Catalog_NotJson,            // not JSON at all
        Catalog_WrongFormat,        // JSON, but not an object with the expected "format"
        Catalog_UnsupportedVersion, // the expected format in a version this build does not read
        Catalog_InvalidData,        // a field or a reference of the file is wrong
        Catalog_UpdateKeyInvalid,   // no valid [catalog] update_public_key
        Catalog_SignatureMismatch,  // changed after signing, or signed with another key
        Catalog_UpdateNotNewer,
        Catalog_NotWritten, // installing an update could not write its file
        Catalog_XzufiMalformed,
        Catalog_XzufiInvalid,       // well-formed XML, but not XZuFi 2.2 as the terminal reads it
        Catalog_XzufiNotImportable, // a record cannot become a catalog entry

        // app/workflows/form: the forms the terminal ships
        Form_NotShipped, // no form with this id in this build (a catalog or draft names an old one)
        Form_Unreadable, // the shipped schema or its code lists do not parse
        // app/catalogsigning
        CatalogSigning_KeyInvalid,
        CatalogSigning_SigningFailed,

        // app/browser
        Browser_AllowlistEntryInvalid,

        // app/search
        Search_IndexNotBuilt,
        Search_IndexUnavailable,

        // app/drafts
        Draft_StoreUnavailable,
        Draft_NotSaved,

        // app/printing
        Print_QueueMissing,
        Print_QueueUnusable,
        Print_NotAccepted,
        Print_Cancelled, // dropped before it started (the session ended)

        // app/screenshots
        Screenshots_NotWritten,
    };
    Q_ENUM(Code)

    Failure() = default;
    Failure(Code code, QString staffDetail);

    [[nodiscard]] Code code() const { return m_code; }
    // True when something failed.
    explicit operator bool() const { return m_code != Code::None; }
    // The code's name as written above, for logs.
    [[nodiscard]] QString codeName() const;
    // Short, plain, translated; the same for every code of a kind. Empty for None.
    [[nodiscard]] QString citizenMessage() const;
    [[nodiscard]] const QString& staffDetail() const { return m_staffDetail; }
    // Says where, seen from further out: "where: detail". The code stays.
    void prependWhere(const QString& where);

    // For queued signals; also lets a QVariant holding a Failure read as its staff detail.
    static void registerMetaType();

    friend bool operator==(const Failure&, const Failure&) = default;

private:
    Code m_code = Code::None;
    QString m_staffDetail;
};

// "Code_Name: staff detail"
QDebug operator<<(QDebug debug, const Failure& failure);

} // namespace bt::app

Q_DECLARE_METATYPE(bt::app::Failure)
