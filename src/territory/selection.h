// Turning what a coordinator picks (an EPCI, a département, a radius around a commune) into the
// communes to add or remove (pure: reads the referential only).
#pragma once

#include <string>
#include <vector>

#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::territory {

/// The member communes of an EPCI, whole.
std::vector<ElementKey> communes_of_epci(const referential::Referential& ref, const std::string& siren);

/// The communes of a département, whole (arrondissements are not listed: their commune is).
std::vector<ElementKey> communes_of_departement(const referential::Referential& ref, const std::string& code);

/// The communes whose point lies within `radius_km` of commune `center` (great-circle distance),
/// the centre included.
std::vector<ElementKey> communes_around(const referential::Referential& ref, const std::string& center,
                                        double radius_km);

/// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace maillage::territory
