#include "directory/synthetic/commune_set.h"

#include <algorithm>
#include <set>

#include "territory/rules.h"

namespace maillage::directory::synthetic {
namespace {

Place place_of(const referential::Referential& ref, const referential::Commune& c, const std::string& postcode,
               std::int64_t population) {
  Place p;
  p.code = c.code;
  p.name = c.name;
  p.population = population;
  p.point = c.coordinates;
  p.departement = c.departement_code;
  p.region = c.region_code;
  p.metropolitan = c.zone == referential::Zone::metro;
  if (const auto* d = ref.departement(c.departement_code)) p.departement_name = d->name;
  auto postcodes = ref.postcodes_of(c);
  if (postcodes.empty() && c.kind == referential::CommuneKind::arrondissement) {
    if (const auto* parent = ref.commune(c.parent_code)) postcodes = ref.postcodes_of(*parent);
  }
  for (const auto* pc : postcodes) {
    if (postcode.empty() || pc->postcode == postcode) {
      p.postcode = pc->postcode;
      p.acheminement = pc->libelle_acheminement;
      break;
    }
  }
  if (p.postcode.empty()) p.postcode = !postcode.empty() ? postcode : (c.postcodes.empty() ? "" : c.postcodes.front());
  return p;
}

}  // namespace

std::vector<Place> national_places(const referential::Referential& ref) {
  std::vector<Place> places;
  for (const auto& c : ref.data().communes) {
    if (c.zone == referential::Zone::com || c.population.value_or(0) <= 0) continue;
    if (c.kind == referential::CommuneKind::commune && !ref.arrondissements_of(c).empty()) continue;
    places.push_back(place_of(ref, c, "", *c.population));
  }
  return places;
}

std::vector<Place> places_of_elements(const referential::Referential& ref,
                                      const std::vector<territory::ElementKey>& elements) {
  std::vector<Place> places;
  std::set<std::pair<std::string, std::string>> seen;
  auto add = [&](const referential::Commune& c, const std::string& postcode, std::int64_t population) {
    if (population <= 0 || !seen.emplace(c.code, postcode).second) return;
    places.push_back(place_of(ref, c, postcode, population));
  };
  for (const auto& e : elements) {
    const auto* c = ref.commune(e.code);
    if (!c) continue;
    if (!e.postcode.empty()) {
      add(*c, e.postcode, territory::element_population(ref, e, std::nullopt).value);
      continue;
    }
    auto arrondissements = ref.arrondissements_of(*c);
    if (arrondissements.empty()) {
      add(*c, "", c->population.value_or(0));
    } else {
      for (const auto* a : arrondissements) add(*a, "", a->population.value_or(0));
    }
  }
  return places;
}

}  // namespace maillage::directory::synthetic
