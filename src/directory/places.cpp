#include "directory/places.h"

#include "territory/selection.h"

namespace maillage::directory {

bool Places::contains(const std::string& commune_code, const std::string& postcode) const {
  return communes.contains(commune_code) || parts.contains({commune_code, postcode});
}

std::vector<std::string> Places::commune_codes() const {
  std::set<std::string> codes = communes;
  for (const auto& [code, postcode] : parts) codes.insert(code);
  return {codes.begin(), codes.end()};
}

namespace {

void add_commune(const referential::Referential& ref, const referential::Commune& commune, Places& places) {
  places.communes.insert(commune.code);
  for (const auto* a : ref.arrondissements_of(commune)) places.communes.insert(a->code);
  if (commune.kind == referential::CommuneKind::arrondissement) {
    for (const auto& postcode : commune.postcodes) places.parts.emplace(commune.parent_code, postcode);
  }
}

}  // namespace

Places places_of_territory(const referential::Referential& ref, const std::vector<territory::ElementKey>& elements) {
  Places places;
  for (const auto& e : elements) {
    if (!e.postcode.empty()) {
      places.parts.emplace(e.code, e.postcode);
    } else if (const auto* commune = ref.commune(e.code)) {
      add_commune(ref, *commune, places);
    } else {
      places.communes.insert(e.code);
    }
  }
  return places;
}

Places places_of_commune(const referential::Referential& ref, const referential::Commune& commune) {
  Places places;
  add_commune(ref, commune, places);
  return places;
}

Places places_in_circle(const referential::Referential& ref, const Circle& circle) {
  Places places;
  for (const auto& commune : ref.data().communes) {
    if (!commune.coordinates) continue;
    double d = territory::distance_km(circle.latitude, circle.longitude, commune.coordinates->latitude,
                                      commune.coordinates->longitude);
    if (d <= circle.radius_km) places.communes.insert(commune.code);
  }
  return places;
}

std::optional<referential::Coordinates> site_point(const referential::Referential& ref, const std::string& commune_code) {
  const auto* commune = ref.commune(commune_code);
  if (!commune) return std::nullopt;
  return commune->coordinates;
}

}  // namespace maillage::directory
