// Which practice sites an import keeps: those of a set of départements, or those in a CPTS's
// territory (a whole commune keeps its arrondissements; a postcode part keeps the sites of that
// commune with that postcode).
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "directory/model.h"
#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::directory {

using SiteFilter = std::function<bool(const PracticeSite&)>;

SiteFilter departements_scope(std::set<std::string> departements);

SiteFilter territory_scope(const referential::Referential& ref, const std::vector<territory::ElementKey>& elements);

}  // namespace maillage::directory
