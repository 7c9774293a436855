// Random batch-allocation instances for the tests (seeded), and a checker of the rules every
// allocation must keep whatever the solver.
#pragma once

#include <random>

#include "access/allocation.h"

namespace maillage::access::testing {

/// The shape of a random instance: requests and doctors around (45°N, 5°E) in a square of
/// `area_km` a side, on `places` shared points (communes: requests and doctors of a place share
/// its point) or, for `unique_share` of them, on points of their own.
struct InstanceShape {
  int requests = 7;
  int doctors = 3;
  int places = 4;
  double area_km = 40;
  double unique_share = 0.3;
  int max_capacity = 3;
  double priority_share = 0.3;
  double criteria_share = 0.4;  // doctors with criteria (priority only, age range, communes)
  double max_distance_km = 20;
};

/// A random instance of `shape`.
AllocationInput random_instance(std::mt19937& rng, const InstanceShape& shape);

/// Expects `out` to keep every rule for `in`: each request assigned once or unserved, only to a
/// doctor that accepts it within the distance, at its distance, no capacity exceeded, and the
/// objective summing the assignments.
void expect_valid(const AllocationInput& in, const Allocation& out);

}  // namespace maillage::access::testing
