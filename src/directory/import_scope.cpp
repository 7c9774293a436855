#include "directory/import_scope.h"

namespace maillage::directory {

PlaceFilter departements_scope(std::set<std::string> departements) {
  return [departements = std::move(departements)](const Place& s) { return departements.contains(s.departement); };
}

PlaceFilter territory_scope(const referential::Referential& ref, const std::vector<territory::ElementKey>& elements) {
  return [places = places_of_territory(ref, elements)](const Place& s) {
    return places.contains(s.commune_code, s.postcode);
  };
}

}  // namespace maillage::directory
