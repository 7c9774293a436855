// Finding the earliest suitable slots for a request: the free slots of the urgency window in the
// grid squares around the patient (and remote ones when they suit), kept within the radius, ranked
// by start time, then distance. Pure ranking here; the store reads the candidate slots.
#pragma once

#include <optional>
#include <vector>

#include "access/snp_model.h"

namespace maillage::access {

struct RankedSlot {
  SnpSlot slot;
  std::optional<double> distance_km;  // none for a remote slot
};

/// Whether a slot can be proposed to a patient at a point: remote slots always, in-person ones with
/// a known place within the radius (their distance given).
struct Reach {
  bool within = false;
  std::optional<double> distance_km;  // none for a remote slot
};
Reach reach(const SnpSlot& s, double latitude, double longitude, double radius_km);

/// The first `limit` of `candidates` within `radius_km` of (latitude, longitude) — remote slots
/// are always within — by start time, then distance, then id.
std::vector<RankedSlot> rank_slots(std::vector<SnpSlot> candidates, double latitude, double longitude,
                                   double radius_km, std::size_t limit);

}  // namespace maillage::access
