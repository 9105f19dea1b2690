// Failure::citizenMessage(): what a citizen is told, by the kind of failure. A citizen cannot fix a
// broken file or a full disk, and the detail means nothing to them: each kind says in plain words
// what does not work and what to do now. The switch has no default, so a new code does not compile
// without a kind (-Wswitch).
#include "Failure.h"

namespace bt::app {

namespace {

enum class Kind
{
    None,
    ServiceUnavailable, // the terminal cannot offer what was asked for
    SearchUnavailable,  // browsing by topic still works
    DraftsUnavailable,
    DraftNotSaved,
    NotPrinted,
    StaffTask, // only staff tools do this; a citizen never meets it, but gets a sensible text
};

Kind kindOf(Failure::Code code)
{
    using Code = Failure::Code;
    switch (code) {
    case Code::None:
        return Kind::None;
    case Code::Catalog_ResourceMissing:
    case Code::Catalog_FileUnreadable:
    case Code::Catalog_NotJson:
    case Code::Catalog_WrongFormat:
    case Code::Catalog_UnsupportedVersion:
    case Code::Catalog_InvalidData:
    case Code::Catalog_UpdateKeyInvalid:
    case Code::Catalog_SignatureMismatch:
    case Code::Browser_AllowlistEntryInvalid:
    case Code::Form_NotShipped:
    case Code::Form_Unreadable:
        return Kind::ServiceUnavailable;
    case Code::Catalog_UpdateNotNewer:
    case Code::Catalog_NotWritten:
    case Code::Catalog_XzufiMalformed:
    case Code::Catalog_XzufiInvalid:
    case Code::Catalog_XzufiNotImportable:
    case Code::CatalogSigning_KeyInvalid:
    case Code::CatalogSigning_SigningFailed:
    case Code::Screenshots_NotWritten:
        return Kind::StaffTask;
    case Code::Search_IndexNotBuilt:
    case Code::Search_IndexUnavailable:
        return Kind::SearchUnavailable;
    case Code::Draft_StoreUnavailable:
        return Kind::DraftsUnavailable;
    case Code::Draft_NotSaved:
        return Kind::DraftNotSaved;
    case Code::Print_QueueMissing:
    case Code::Print_QueueUnusable:
    case Code::Print_NotAccepted:
    case Code::Print_Cancelled:
        return Kind::NotPrinted;
    }
    return Kind::StaffTask; // not reached: every code is handled above
}

} // namespace

QString Failure::citizenMessage() const
{
    switch (kindOf(m_code)) {
    case Kind::None:
        return {};
    case Kind::ServiceUnavailable:
        return tr("This service is not available at the moment. Please ask the staff for help.");
    case Kind::SearchUnavailable:
        return tr("Searching is not possible at the moment. Please choose a topic instead.");
    case Kind::DraftsUnavailable:
        return tr("Applications cannot be saved or continued at the moment. Please ask the staff for help.");
    case Kind::DraftNotSaved:
        return tr("Your application could not be saved. Please ask the staff for help.");
    case Kind::NotPrinted:
        return tr("The printer is not working right now. Please ask the staff for help.");
    case Kind::StaffTask:
        return tr("Something went wrong. Please ask the staff for help.");
    }
    return {};
}

} // namespace bt::app
