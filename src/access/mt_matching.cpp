#include "access/mt_matching.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "access/mt_rules.h"
#include "territory/selection.h"

namespace maillage::access {

std::string site_id(const CensusEntry& e) { return fmt::format("{}/{}", e.professional_id, e.site_key); }

void hold_pending(CensusEntry& e, const std::map<std::string, int>& pending) {
  auto it = pending.find(site_id(e));
  if (e.places && it != pending.end()) e.places = std::max(0, *e.places - it->second);
}

std::vector<Suggestion> suggest(const MtRequest& request, const referential::Coordinates& patient_point,
                                const std::vector<MatchSite>& sites, const std::string& today,
                                double max_distance_km) {
  std::vector<Suggestion> out;
  for (const auto& m : sites) {
    if (!m.point || check_census_fit(m.site->census, request, today)) continue;
    double d = territory::distance_km(patient_point.latitude, patient_point.longitude, m.point->latitude,
                                      m.point->longitude);
    if (d <= max_distance_km) out.push_back({&m, d});
  }
  auto key = [](const Suggestion& s) {
    return std::tuple(std::floor(s.distance_km / kDistanceBandKm), s.match->recent_acceptances, s.distance_km,
                      site_id(s.match->site->census));
  };
  std::sort(out.begin(), out.end(), [&](const Suggestion& a, const Suggestion& b) { return key(a) < key(b); });
  return out;
}

AllocationFlags allocation_flags(const MtRequest& r) {
  AllocationFlags f;
  f.ald = r.flags.ald;
  f.age_70 = r.age_at_entry >= 70;
  f.child = r.age_at_entry < 18;
  f.precarity = r.flags.precarity;
  f.pregnancy = r.flags.pregnancy;
  f.leaving_hospital = r.flags.leaving_hospital;
  f.disability = r.flags.disability;
  return f;
}

BatchInput batch_input(const std::vector<MtRequest>& requests, const std::vector<MatchSite>& sites,
                       const referential::Referential& ref, const std::string& today, double max_distance_km) {
  BatchInput batch;
  batch.input.max_distance_km = max_distance_km;
  for (const auto& r : requests) {
    const auto* commune = ref.commune(r.commune_code);
    if (!commune || !commune->coordinates) {
      batch.without_point.push_back(&r);
      continue;
    }
    batch.input.requests.push_back({.id = r.id,
                                    .latitude = commune->coordinates->latitude,
                                    .longitude = commune->coordinates->longitude,
                                    .commune_code = r.commune_code,
                                    .age = r.age_at_entry,
                                    .flags = allocation_flags(r)});
    batch.requests.push_back(&r);
  }
  for (const auto& m : sites) {
    const CensusEntry& e = m.site->census;
    if (!e.accepts || e.valid_until < today || !m.point) continue;
    if (!e.places) {
      ++batch.without_places;
      continue;
    }
    if (*e.places <= 0) continue;
    batch.input.doctors.push_back({.id = site_id(e),
                                   .latitude = m.point->latitude,
                                   .longitude = m.point->longitude,
                                   .capacity = *e.places,
                                   .priority_only = e.priority_only,
                                   .age_min = e.age_min,
                                   .age_max = e.age_max,
                                   .communes = e.communes});
  }
  return batch;
}

}  // namespace maillage::access
