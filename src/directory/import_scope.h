// Which practice sites or structures an import keeps: those of a set of départements, or those in
// a CPTS's territory (see places.h for how a commune and postcode are matched).
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "directory/directory_import.h"
#include "directory/places.h"
#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::directory {

/// The places whose département (INSEE code: "13", "2A", "971") is one of `departements`.
PlaceFilter departements_scope(std::set<std::string> departements);

/// The places in a CPTS's territory, given as its elements.
PlaceFilter territory_scope(const referential::Referential& ref, const std::vector<territory::ElementKey>& elements);

}  // namespace maillage::directory
