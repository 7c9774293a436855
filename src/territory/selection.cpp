#include "territory/selection.h"

#include <cmath>

namespace maillage::territory {

std::vector<ElementKey> communes_of_epci(const referential::Referential& ref, const std::string& siren) {
  std::vector<ElementKey> out;
  if (const auto* e = ref.epci(siren)) {
    for (const auto& code : e->member_codes) out.push_back({code, ""});
  }
  return out;
}

std::vector<ElementKey> communes_of_departement(const referential::Referential& ref, const std::string& code) {
  std::vector<ElementKey> out;
  for (const auto& c : ref.data().communes) {
    if (c.kind == referential::CommuneKind::commune && c.departement_code == code) out.push_back({c.code, ""});
  }
  return out;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRadians = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRadians;
  double dlon = (lon2 - lon1) * kRadians;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

std::vector<ElementKey> communes_around(const referential::Referential& ref, const std::string& center,
                                        double radius_km) {
  std::vector<ElementKey> out;
  const auto* c = ref.commune(center);
  if (!c || !c->coordinates) return out;
  for (const auto& other : ref.data().communes) {
    if (other.kind != referential::CommuneKind::commune || !other.coordinates) continue;
    if (distance_km(c->coordinates->latitude, c->coordinates->longitude, other.coordinates->latitude,
                    other.coordinates->longitude) <= radius_km) {
      out.push_back({other.code, ""});
    }
  }
  return out;
}

}  // namespace maillage::territory
