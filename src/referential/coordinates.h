// How each commune gets a point on the map (pure rules, no I/O).
//
// GeoNames places carry the INSEE code of their commune in `admin4`. A commune takes the best
// place with its own code: the one named like the commune, then the highest administrative rank
// (PPLC, PPLA, PPLA2…), then the largest population — method "geonames". An arrondissement
// municipal takes the place named "<commune> NN" (GeoNames has those for Marseille). Overseas,
// where GeoNames often lacks the INSEE code, a commune takes the place of its territory bearing
// its name — method "geonames_name".
// Where GeoNames has nothing, the point is estimated, flagged, and the method recorded, trying in
// order:
//   "former_commune"       — a place filed under a former code of the commune (merged commune);
//   "parent_commune"       — an arrondissement without its own place: its commune's point;
//   "postcode_centroid"    — mean of the GeoNames points of communes sharing a postcode;
//   "epci_centroid"        — mean of the GeoNames points of the other communes of its EPCI;
//   "departement_centroid" — mean of the GeoNames points of its département.
// A commune none of these reaches (uninhabited TAAF districts) has no coordinates.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "referential/model.h"
#include "referential/source_packages.h"

namespace maillage::referential {

/// Sets `coordinates` on every commune and arrondissement of `dataset`; returns how many got each
/// method ("none" counts those left without a point).
std::map<std::string, int> assign_coordinates(Dataset& dataset, const std::vector<GeonamesPoint>& points);

}  // namespace maillage::referential
