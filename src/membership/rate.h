// The membership rate of a CPTS's territory (pure), the indicator ARS and CPAM look at: per
// profession, the professionals practising in the territory, the active members among them, and
// rate = members ÷ professionals.
//
// A professional practises in the territory when one of their practice sites is in it (see
// directory/places.h: whole communes with their arrondissements; an arrondissement by its own
// code or by its commune's code with its postcode; a postcode part by commune and postcode), and
// counts once whatever their number of sites there. Active members with no site in the territory
// (specialists covering a wider area, or no site known) are counted apart, as `members_outside`.
// Structures have no profession: their active members are counted in and out of the territory
// by their address.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "directory/places.h"

namespace maillage::membership {

/// One practice site (or a structure's address) of a member or a professional.
struct SiteRow {
  std::string member_id;  // national id, or FINESS number
  std::string profession_code, profession;
  std::string commune_code, postcode;  // empty when the member has no known site
};

struct ProfessionRate {
  std::string code, label;
  std::int64_t professionals = 0;    // practising in the territory
  std::int64_t members = 0;          // active members among them
  std::optional<double> rate;        // members ÷ professionals; none when there is no professional
  std::int64_t members_outside = 0;  // active members practising outside the territory only
};

struct RateReport {
  std::vector<ProfessionRate> professions;  // by profession code
  ProfessionRate total;                     // every profession (code and label empty)
  std::int64_t structure_members = 0;       // active structures in the territory
  std::int64_t structure_members_outside = 0;
};

/// `practising`: sites that may be in the territory (a superset is fine: each is checked);
/// `members`: every site of the active professional members; `structures`: the addresses of the
/// active structure members.
RateReport compute_rate(const directory::Places& territory, const std::vector<SiteRow>& practising,
                        const std::vector<SiteRow>& members, const std::vector<SiteRow>& structures);

}  // namespace maillage::membership
