#include "territory/summary.h"

#include "territory/rules.h"

namespace maillage::territory {

void TerritorySummary::add(const referential::Referential& ref, const ElementKey& key,
                           std::optional<std::int64_t> entered) {
  Population p = element_population(ref, key, entered);
  population.value += p.value;
  population.estimated = population.estimated || p.estimated;
  ++elements;
  if (element_kind(ref, key) == ElementKind::commune) ++whole_communes;
}

void TerritorySummary::finish(const TailleThresholds& thresholds) { taille = territory::taille(population.value, thresholds); }

}  // namespace maillage::territory
