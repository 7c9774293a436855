// Identifiers with the shape of the real ones, for the synthetic directory: RPPS numbers
// (11 digits, Luhn key), ADELI numbers (9 digits: département, profession, rank, key), FINESS
// numbers (9 characters: FINESS département code, rank, key), SIRET numbers (14 digits, Luhn) and
// telephone numbers from the ranges ARCEP reserves for fiction (they reach nobody).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace maillage::directory::synthetic {

/// The Luhn check digit of a string of digits (the digit to append).
char luhn_digit(std::string_view digits);

/// "10" + the 8-digit `rank` + its Luhn key: an 11-digit RPPS number. `rank` < 10^8.
std::string rpps_number(std::uint64_t rank);

/// An ADELI number: the 2-digit département ("20" for Corsica, "97" overseas), the 2-digit
/// profession code, the 4-digit `rank` (< 10^4) and a Luhn key.
std::string adeli_number(std::string_view departement, std::string_view profession_code, std::uint64_t rank);

/// The FINESS code of a département: "13", "2A"; overseas "9A" (971) … "9F" (976).
std::string finess_departement(std::string_view departement);

/// A FINESS number: the FINESS département code, the 6-digit `rank` (< 10^6) and a key digit.
std::string finess_number(std::string_view departement, std::uint64_t rank);

/// A 14-digit SIRET number (Luhn-valid) made from `rank` (< 10^13).
std::string siret_number(std::uint64_t rank);

/// A 10-digit French telephone number in a range reserved for fiction, with the prefix of the
/// région's zone (01 Île-de-France, 02 north-west and overseas, 03 north-east, 04 south-east,
/// 05 south-west): e.g. "0465710123" for Provence-Alpes-Côte d'Azur. `line` < 10^4.
std::string fictional_phone(std::string_view region_code, std::uint64_t line);

}  // namespace maillage::directory::synthetic
