#include "territory/coverage_map.h"

#include <map>

#include "territory/rules.h"

namespace maillage::territory {

std::vector<MapElement> coverage_map(const referential::Referential& ref, const std::vector<Holding>& holdings,
                                     CoverageLevel level, const std::string& code) {
  auto in_area = [&](const referential::Commune& c) {
    return level == CoverageLevel::region ? c.region_code == code : c.departement_code == code;
  };
  // The holdings of the area's communes, by element; parts filed under their commune.
  std::map<ElementKey, const Holding*> held;
  std::map<std::string, bool> divided;  // communes of which a part is held
  for (const auto& h : holdings) {
    const referential::Commune* c = ref.commune(h.key.code);
    if (!c) continue;
    const referential::Commune* parent = c->parent_code.empty() ? c : ref.commune(c->parent_code);
    if (!parent || !in_area(*parent)) continue;
    held[h.key] = &h;
    if (parent != c || !h.key.postcode.empty()) divided[parent->code] = true;
  }
  auto element = [&](const referential::Commune* c, ElementKey key, ElementKind kind) {
    auto it = held.find(key);
    const Holding* holder = it == held.end() ? nullptr : it->second;
    Population p = element_population(ref, key, holder ? holder->entered_population : std::nullopt);
    return MapElement{std::move(key), kind, c, p, holder};
  };

  std::vector<MapElement> out;
  for (const auto& c : ref.data().communes) {
    if (c.kind != referential::CommuneKind::commune || !in_area(c)) continue;
    if (!divided.contains(c.code)) {
      out.push_back(element(&c, {c.code, ""}, ElementKind::commune));
      continue;
    }
    auto arrondissements = ref.arrondissements_of(c);
    if (!arrondissements.empty()) {
      for (const auto* a : arrondissements) out.push_back(element(a, {a->code, ""}, ElementKind::arrondissement));
    } else {
      for (const auto& pc : c.postcodes) out.push_back(element(&c, {c.code, pc}, ElementKind::postcode_part));
    }
  }
  return out;
}

}  // namespace maillage::territory
