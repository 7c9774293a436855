#include "access/snp_search.h"

#include <algorithm>
#include <tuple>

#include "territory/selection.h"

namespace maillage::access {

Reach reach(const SnpSlot& s, double latitude, double longitude, double radius_km) {
  if (s.mode == SlotMode::remote) return {true, std::nullopt};
  if (!s.latitude || !s.longitude) return {};
  double d = territory::distance_km(latitude, longitude, *s.latitude, *s.longitude);
  return {d <= radius_km, d};
}

std::vector<RankedSlot> rank_slots(std::vector<SnpSlot> candidates, double latitude, double longitude,
                                   double radius_km, std::size_t limit) {
  std::vector<RankedSlot> kept;
  kept.reserve(candidates.size());
  for (auto& s : candidates) {
    if (Reach r = reach(s, latitude, longitude, radius_km); r.within) kept.push_back({std::move(s), r.distance_km});
  }
  std::size_t n = std::min(limit, kept.size());
  std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(n), kept.end(),
                    [](const RankedSlot& a, const RankedSlot& b) {
                      double da = a.distance_km.value_or(0), db = b.distance_km.value_or(0);
                      return std::tie(a.slot.starts_at, da, a.slot.id) < std::tie(b.slot.starts_at, db, b.slot.id);
                    });
  kept.resize(n);
  return kept;
}

}  // namespace maillage::access
