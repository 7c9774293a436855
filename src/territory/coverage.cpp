#include "territory/coverage.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "territory/rules.h"

namespace maillage::territory {
namespace {

using referential::Commune;
using referential::CommuneKind;
using referential::Zone;

bool in_area(const Commune& c, CoverageLevel level, const std::string& code) {
  switch (level) {
    case CoverageLevel::nation: return c.zone != Zone::com;
    case CoverageLevel::region: return c.region_code == code;
    case CoverageLevel::departement: return c.departement_code == code;
  }
  return false;
}

struct Covered {
  std::int64_t all = 0, signed_contract = 0;
  bool estimated = false;
};

}  // namespace

Coverage compute_coverage(const referential::Referential& ref, const std::vector<Holding>& holdings,
                          const std::map<std::string, std::string>& statuses, CoverageLevel level,
                          const std::string& code) {
  // The holdings of each commune (parts are filed under their commune).
  std::unordered_map<std::string, std::vector<const Holding*>> by_commune;
  for (const auto& h : holdings) by_commune[commune_of(ref, h.key)].push_back(&h);
  auto is_signed = [&](const std::string& cpts_id) {
    auto it = statuses.find(cpts_id);
    return it != statuses.end() && it->second == "contrat_signe";
  };

  Coverage out;
  std::set<std::string> cpts_seen;
  for (const auto& c : ref.data().communes) {
    if (c.kind != CommuneKind::commune) continue;
    bool com = level == CoverageLevel::nation && c.zone == Zone::com;
    if (!com && !in_area(c, level, code)) continue;
    std::int64_t population = c.population.value_or(0);

    Covered covered;
    std::set<ElementKey> held;
    auto it = by_commune.find(c.code);
    if (it != by_commune.end()) {
      for (const Holding* h : it->second) {
        Population p = element_population(ref, h->key, h->entered_population);
        covered.all += p.value;
        if (is_signed(h->cpts_id)) covered.signed_contract += p.value;
        covered.estimated = covered.estimated || p.estimated;
        held.insert(h->key);
        if (!com) cpts_seen.insert(h->cpts_id);
      }
    }
    if (com) {
      out.com_population += population;
      out.com_covered_all += covered.all;
      continue;
    }
    out.population += population;
    out.covered_all += covered.all;
    out.covered_signed += covered.signed_contract;
    out.estimated = out.estimated || covered.estimated;

    // Zones blanches at the finest level in use: the commune when nothing of it is held; else
    // its arrondissements or postcodes that nobody holds.
    if (held.empty()) {
      out.zones_blanches.push_back({c.code, "", c.name, c.departement_code, population, false});
    } else if (!held.contains({c.code, ""})) {
      auto arrondissements = ref.arrondissements_of(c);
      if (!arrondissements.empty()) {
        for (const auto* a : arrondissements) {
          if (!held.contains({a->code, ""})) {
            out.zones_blanches.push_back({a->code, "", a->name, c.departement_code, a->population.value_or(0), false});
          }
        }
      } else {
        for (const auto& pc : c.postcodes) {
          if (held.contains({c.code, pc})) continue;
          Population p = element_population(ref, {c.code, pc}, std::nullopt);
          out.zones_blanches.push_back({c.code, pc, c.name, c.departement_code, p.value, p.estimated});
        }
      }
    }
  }
  for (const auto& id : cpts_seen) {
    auto it = statuses.find(id);
    ++out.cpts_by_status[it == statuses.end() ? "projet" : it->second];
  }
  std::stable_sort(out.zones_blanches.begin(), out.zones_blanches.end(),
                   [](const ZoneBlanche& a, const ZoneBlanche& b) { return a.population > b.population; });
  return out;
}

}  // namespace maillage::territory
