#include "territory/coverage.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

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
  // The holdings of each commune of the area (parts are filed under their commune).
  std::unordered_map<std::string_view, std::vector<const Holding*>> by_commune;
  by_commune.reserve(holdings.size());
  for (const auto& h : holdings) {
    const Commune* c = ref.commune(h.key.code);
    if (c && !c->parent_code.empty()) c = ref.commune(c->parent_code);
    if (!c) continue;
    bool wanted = in_area(*c, level, code) || (level == CoverageLevel::nation && c->zone == Zone::com);
    if (wanted) by_commune[c->code].push_back(&h);
  }
  std::unordered_set<std::string_view> signed_cpts;
  for (const auto& [id, status] : statuses) {
    if (status == "contrat_signe") signed_cpts.insert(id);
  }
  auto is_signed = [&](const std::string& cpts_id) { return signed_cpts.contains(cpts_id); };

  Coverage out;
  std::unordered_set<std::string_view> cpts_seen;
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
        if (h->key.code == c.code && h->key.postcode.empty()) {  // whole: no part to look at
          covered.all += population;
          if (is_signed(h->cpts_id)) covered.signed_contract += population;
          held.insert(h->key);
          if (!com) cpts_seen.insert(h->cpts_id);
          continue;
        }
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
    auto it = statuses.find(std::string(id));
    ++out.cpts_by_status[it == statuses.end() ? "projet" : it->second];
  }
  std::stable_sort(out.zones_blanches.begin(), out.zones_blanches.end(),
                   [](const ZoneBlanche& a, const ZoneBlanche& b) { return a.population > b.population; });
  return out;
}

}  // namespace maillage::territory
