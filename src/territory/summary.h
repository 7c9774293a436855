// The figures of a territory: population (with whether part of it is estimated), taille and
// element counts — shown in the CPTS list, the territory and the exports alike.
#pragma once

#include <cstddef>
#include <optional>

#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::territory {

struct TerritorySummary {
  Population population;
  int taille = 1;
  std::size_t elements = 0;
  std::size_t whole_communes = 0;

  /// Counts one element (see element_population for its population).
  void add(const referential::Referential& ref, const ElementKey& key, std::optional<std::int64_t> entered);
  /// Sets `taille` from the population; call once every element is added.
  void finish(const TailleThresholds& thresholds);
};

}  // namespace maillage::territory
