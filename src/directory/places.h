// Where a practice site is, as the directory matches it: a set of commune codes and of
// (commune, postcode) parts. A site carries the INSEE code the RPPS gives — for Paris, Lyon and
// Marseille either the arrondissement's code or the commune's with the arrondissement's postcode —
// so a place lists both spellings.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::directory {

struct Places {
  std::set<std::string> communes;                       // whole communes and arrondissements
  std::set<std::pair<std::string, std::string>> parts;  // (commune code, postcode)

  /// True when a site with this commune code and postcode is in the places.
  bool contains(const std::string& commune_code, const std::string& postcode) const;

  /// Every commune code a site in the places may carry (to narrow a query before `contains`).
  std::vector<std::string> commune_codes() const;
};

/// A CPTS's territory: whole communes with their arrondissements; an arrondissement also as its
/// commune with the arrondissement's postcodes; postcode parts as they are.
Places places_of_territory(const referential::Referential& ref, const std::vector<territory::ElementKey>& elements);

/// One commune (with its arrondissements) or one arrondissement.
Places places_of_commune(const referential::Referential& ref, const referential::Commune& commune);

/// A point and a search radius.
struct Circle {
  double latitude = 0, longitude = 0;
  double radius_km = 0;
};

/// The communes and arrondissements whose point lies in the circle.
Places places_in_circle(const referential::Referential& ref, const Circle& circle);

/// The point of the commune a site carries, when the referential has one.
std::optional<referential::Coordinates> site_point(const referential::Referential& ref, const std::string& commune_code);

}  // namespace maillage::directory
