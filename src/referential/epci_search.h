// Finding an EPCI by name (word prefixes, without accents or case: "grand charol" finds
// "CC Le Grand Charolais") or by SIREN, optionally among those with a commune in a département.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "referential/referential.h"

namespace maillage::referential {

/// At most `limit` EPCI matching `query` (every word a prefix of a word of the name, or the exact
/// SIREN), largest population first; an empty query matches every EPCI.
std::vector<const Epci*> search_epci(const Referential& ref, const std::string& query,
                                     const std::string& departement, std::size_t limit);

}  // namespace maillage::referential
