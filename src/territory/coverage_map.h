// The coverage map of an area (pure): every commune of a région or a département at the finest
// level in use — whole, or its arrondissements or postcode parts when some are held — with the
// CPTS covering it, if any.
#pragma once

#include <string>
#include <vector>

#include "referential/referential.h"
#include "territory/coverage.h"
#include "territory/model.h"

namespace maillage::territory {

struct MapElement {
  ElementKey key;
  ElementKind kind = ElementKind::commune;
  const referential::Commune* commune = nullptr;  // the commune or arrondissement (name, point)
  Population population;
  const Holding* holder = nullptr;  // nullptr: a zone blanche
};

/// The elements of the area, in referential order. `holdings` must outlive the result.
std::vector<MapElement> coverage_map(const referential::Referential& ref, const std::vector<Holding>& holdings,
                                     CoverageLevel level, const std::string& code);

}  // namespace maillage::territory
