#include "directory/import_scope.h"

namespace maillage::directory {

SiteFilter departements_scope(std::set<std::string> departements) {
  return [departements = std::move(departements)](const PracticeSite& s) { return departements.contains(s.departement); };
}

SiteFilter territory_scope(const referential::Referential& ref, const std::vector<territory::ElementKey>& elements) {
  std::set<std::string> communes;               // whole communes and arrondissements
  std::set<std::pair<std::string, std::string>> parts;  // (commune, postcode)
  for (const auto& e : elements) {
    if (!e.postcode.empty()) {
      parts.emplace(e.code, e.postcode);
      continue;
    }
    communes.insert(e.code);
    if (const auto* c = ref.commune(e.code)) {
      for (const auto* a : ref.arrondissements_of(*c)) communes.insert(a->code);
    }
  }
  return [communes = std::move(communes), parts = std::move(parts)](const PracticeSite& s) {
    return communes.contains(s.commune_code) || parts.contains({s.commune_code, s.postcode});
  };
}

}  // namespace maillage::directory
