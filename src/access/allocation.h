// Batch allocation of médecin-traitant requests (issue #6, point 4): for all the waiting requests
// of a CPTS at once, an assignment to doctors (practice sites) that is optimal, lexicographically:
//   1. the most priority requests served,
//   2. then the most requests served,
//   3. then the least total travel distance,
// never exceeding a doctor's remaining capacity and never breaking a doctor's criteria or the
// maximum distance. Pure: no I/O. The result is a proposal the coordinator reviews.
//
// Exact: a min-cost flow (COIN-OR LEMON's network simplex) on the requests and doctors, with a
// penalty for each request left unserved (see allocation_flow.h).
//
// Example:
//   AllocationInput in;
//   in.max_distance_km = 30;
//   in.requests.push_back({.id = "r1", .latitude = 43.30, .longitude = 5.37, .commune_code = "13202",
//                          .age = 74, .flags = {.age_70 = true}});
//   in.doctors.push_back({.id = "d1", .latitude = 43.31, .longitude = 5.38, .capacity = 3});
//   Allocation out = allocate(in);   // out.assignments[0]: r1 → d1
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::access {

/// The priority groups a request belongs to. The caller computes age_70 and child from the birth
/// date as the procedure defines them (on the day of entry).
struct AllocationFlags {
  bool ald = false;               // affection de longue durée
  bool age_70 = false;            // 70 years old or more
  bool precarity = false;         // C2S or social precarity
  bool pregnancy = false;
  bool child = false;
  bool leaving_hospital = false;
  bool disability = false;
};

/// True when the request belongs to at least one priority group.
bool is_priority(const AllocationFlags& flags);

/// A patient waiting for a médecin traitant. The point is where the distance is measured from
/// (in practice the point of the patient's commune or postcode part).
struct AllocationRequest {
  std::string id;  // opaque, returned as given
  double latitude = 0;
  double longitude = 0;
  std::string commune_code;  // INSEE code, matched against a doctor's communes served
  int age = 0;               // whole years, matched against a doctor's age range
  AllocationFlags flags;
};

/// A doctor's practice site with its declared remaining capacity and criteria.
struct AllocationDoctor {
  std::string id;  // opaque, returned as given
  double latitude = 0;
  double longitude = 0;
  int capacity = 0;            // remaining places for new patients, ≥ 0
  bool priority_only = false;  // takes priority patients only
  std::optional<int> age_min;  // inclusive; none: no lower bound
  std::optional<int> age_max;  // inclusive; none: no upper bound
  std::vector<std::string> communes;  // INSEE codes served; empty: any commune
};

/// One run: the requests, the doctors, and how far a patient may be sent.
struct AllocationInput {
  std::vector<AllocationRequest> requests;
  std::vector<AllocationDoctor> doctors;
  double max_distance_km = 30;  // great-circle distance, inclusive
};

/// True when `doctor` may take `request` by its criteria (priority only, age range, communes),
/// distance aside.
bool accepts(const AllocationDoctor& doctor, const AllocationRequest& request);

/// Great-circle distance between a request and a doctor, in whole metres (rounded), as the
/// allocation counts it.
std::int64_t distance_m(const AllocationRequest& request, const AllocationDoctor& doctor);

/// A proposed assignment.
struct Assignment {
  std::string request_id;
  std::string doctor_id;
  std::int64_t distance_m = 0;
};

/// The three numbers the allocation optimises, in order.
struct AllocationObjective {
  int priority_served = 0;
  int served = 0;
  std::int64_t total_distance_m = 0;

  bool operator==(const AllocationObjective&) const = default;
};

struct Allocation {
  std::vector<Assignment> assignments;  // in the order of the requests
  std::vector<std::string> unserved;    // request ids, in the order of the requests
  AllocationObjective objective;
};

/// Computes an optimal allocation (see the top of this file). Deterministic: the same input gives
/// the same output. Among requests that are interchangeable (same point, commune, priority and
/// accepted by the same doctors), the earlier ones in `input.requests` are served first and sent
/// to the nearer doctors: pass the requests oldest first. Throws std::invalid_argument on a
/// negative capacity, a point that is not a number or out of range, or a negative or non-finite
/// distance, and std::length_error when the instance is too large for 64-bit costs (far beyond a
/// région).
Allocation allocate(const AllocationInput& input);

}  // namespace maillage::access
