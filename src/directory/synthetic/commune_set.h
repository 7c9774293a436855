// The communes a synthetic directory is generated for: all of France, or the territories of some
// CPTS, as places with a population, a postcode and a point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::directory::synthetic {

/// A commune, an arrondissement municipal, or the part of a commune with one postcode.
struct Place {
  std::string code;  // INSEE code of the commune or arrondissement
  std::string name;
  std::string postcode;
  std::string acheminement;  // La Poste's libellé d'acheminement, e.g. "MARSEILLE"
  std::string departement, departement_name, region;
  std::int64_t population = 0;
  std::optional<referential::Coordinates> point;
  bool metropolitan = true;
};

/// Every inhabited commune of France with its population (Paris, Lyon and Marseille by
/// arrondissement), overseas collectivities (COM) excluded, in referential order.
std::vector<Place> national_places(const referential::Referential& ref);

/// The places of territory elements: a whole commune (by its arrondissements when it has some),
/// an arrondissement, or a postcode part with the estimated population of that part
/// (territory::element_population). Unknown codes are skipped; each place comes once.
std::vector<Place> places_of_elements(const referential::Referential& ref,
                                      const std::vector<territory::ElementKey>& elements);

}  // namespace maillage::directory::synthetic
