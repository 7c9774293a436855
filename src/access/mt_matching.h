// Matching médecin-traitant requests with the census (pure: no I/O): ranked suggestions of doctors
// for one request, and the input of the batch allocation (allocation.h) for all waiting requests.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/allocation.h"
#include "access/mt_model.h"
#include "access/mt_store.h"
#include "referential/referential.h"

namespace maillage::access {

/// A census site as the matching sees it: its point (the commune's) and its recent load.
struct MatchSite {
  const CensusSite* site = nullptr;
  std::optional<referential::Coordinates> point;
  int recent_acceptances = 0;  // patients of the CPTS it accepted lately
};

/// The id the batch allocation gives a site: "national id/site key".
std::string site_id(const CensusEntry& e);

/// Takes from a declaration's places those held by proposals not yet answered (`pending`, by
/// site id): a place is promised from the proposal, taken on acceptance.
void hold_pending(CensusEntry& e, const std::map<std::string, int>& pending);

/// Kilometres within which suggestions count as equally near: inside one band, the doctor who took
/// fewer patients lately comes first (fairness of load), then the nearer.
inline constexpr double kDistanceBandKm = 5;

struct Suggestion {
  const MatchSite* match = nullptr;
  double distance_km = 0;
};

/// The doctors whose declaration takes `request` on `today` (check_census_fit) within
/// `max_distance_km` of `patient_point`, ranked by distance band, then recent load, then distance.
std::vector<Suggestion> suggest(const MtRequest& request, const referential::Coordinates& patient_point,
                                const std::vector<MatchSite>& sites, const std::string& today,
                                double max_distance_km);

/// The batch allocation's input: the requests (oldest first) with their commune's point, and the
/// sites whose declaration is valid on `today`, accepts and gives a number of places left (a
/// declaration without a number cannot be shared out: `without_places` counts them).
struct BatchInput {
  AllocationInput input;
  std::vector<const MtRequest*> requests;  // by index of input.requests
  int without_places = 0;
  std::vector<const MtRequest*> without_point;  // patients whose commune has no point
};
BatchInput batch_input(const std::vector<MtRequest>& requests, const std::vector<MatchSite>& sites,
                       const referential::Referential& ref, const std::string& today, double max_distance_km);

/// The allocation flags of a request (age groups as on the day of entry).
AllocationFlags allocation_flags(const MtRequest& request);

}  // namespace maillage::access
