#pragma once

#include <QLatin1String>

// The citizen's data read from the ID card, under the names the eID layer stores them in the
// Session (Session::setPersonalValue) and the forms take them from. Values are in the format a
// form field expects (dates as ISO 8601, 1964-08-12); the nationality as the card gives it, the
// ICAO code ("D" for German), which the forms map to their code list's key.
namespace bt::app::identityData {

inline constexpr QLatin1String givenNames{"givenNames"};         // DG4
inline constexpr QLatin1String familyName{"familyName"};         // DG5
inline constexpr QLatin1String doctoralDegree{"doctoralDegree"}; // DG7
inline constexpr QLatin1String dateOfBirth{"dateOfBirth"};       // DG8
inline constexpr QLatin1String placeOfBirth{"placeOfBirth"};     // DG9
inline constexpr QLatin1String nationality{"nationality"};       // DG10
inline constexpr QLatin1String birthName{"birthName"};           // DG13
inline constexpr QLatin1String street{"street"};                 // DG17, with the house number
inline constexpr QLatin1String zipCode{"zipCode"};               // DG17
inline constexpr QLatin1String city{"city"};                     // DG17

} // namespace bt::app::identityData
