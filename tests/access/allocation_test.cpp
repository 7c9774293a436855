// The batch allocation of médecin-traitant requests: capacities and criteria are never broken,
// priority patients come first, then the number served, then the distance; and the objective
// equals a brute force's on small random instances.
#include "access/allocation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "access/allocation_instances.h"
#include "territory/selection.h"

namespace maillage::access {
namespace {

using testing::expect_valid;

constexpr double kLat = 45.0, kLon = 5.0;

/// A point `km` kilometres north of (45°N, 5°E), along the meridian.
double north(double km) { return kLat + km / 111.195; }

AllocationRequest request(std::string id, double km, int age = 40, bool priority = false, std::string commune = "38001") {
  AllocationRequest r{std::move(id), north(km), kLon, std::move(commune), age, {}};
  r.flags.ald = priority;
  return r;
}

AllocationDoctor doctor(std::string id, double km, int capacity) {
  AllocationDoctor d;
  d.id = std::move(id);
  d.latitude = north(km);
  d.longitude = kLon;
  d.capacity = capacity;
  return d;
}

std::string doctor_of(const Allocation& out, const std::string& request_id) {
  for (const auto& a : out.assignments) {
    if (a.request_id == request_id) return a.doctor_id;
  }
  return "";
}

Allocation run(const AllocationInput& in) {
  Allocation out = allocate(in);
  expect_valid(in, out);
  return out;
}

TEST(Allocation, NeverExceedsACapacityAndServesTheEarlierOfInterchangeableRequests) {
  AllocationInput in;
  for (int i = 0; i < 5; ++i) in.requests.push_back(request("r" + std::to_string(i), 0));
  in.doctors = {doctor("d", 2, 2), doctor("full", 1, 0)};
  Allocation out = run(in);
  EXPECT_EQ(out.objective.served, 2);
  EXPECT_EQ(doctor_of(out, "r0"), "d");
  EXPECT_EQ(doctor_of(out, "r1"), "d");
  EXPECT_EQ(out.unserved, (std::vector<std::string>{"r2", "r3", "r4"}));
}

TEST(Allocation, InterchangeableRequestsTakeTheNearerDoctorsInTheirOrder) {
  AllocationInput in;
  in.requests = {request("first", 0), request("second", 0)};
  in.doctors = {doctor("far", 9, 1), doctor("near", 1, 1)};
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "first"), "near");
  EXPECT_EQ(doctor_of(out, "second"), "far");
}

TEST(Allocation, APriorityOnlyDoctorTakesOnlyPriorityPatients) {
  AllocationInput in;
  in.requests = {request("plain", 0), request("ald", 5, 40, true)};
  in.doctors = {doctor("d", 0, 5)};
  in.doctors[0].priority_only = true;
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "ald"), "d");
  EXPECT_EQ(out.unserved, std::vector<std::string>{"plain"});

  for (auto set : {&AllocationFlags::age_70, &AllocationFlags::precarity, &AllocationFlags::pregnancy,
                   &AllocationFlags::child, &AllocationFlags::leaving_hospital, &AllocationFlags::disability}) {
    in.requests[0].flags = {};
    in.requests[0].flags.*set = true;  // each group makes a priority patient
    EXPECT_EQ(doctor_of(allocate(in), "plain"), "d");
  }
}

TEST(Allocation, AnAgeRangeKeepsItsBoundsInclusive) {
  AllocationInput in;
  in.requests = {request("17", 0, 17), request("18", 0, 18), request("3", 0, 3), request("2", 0, 2)};
  in.doctors = {doctor("paediatric", 0, 10)};
  in.doctors[0].age_min = 3;
  in.doctors[0].age_max = 17;
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "17"), "paediatric");
  EXPECT_EQ(doctor_of(out, "3"), "paediatric");
  EXPECT_EQ(out.unserved, (std::vector<std::string>{"18", "2"}));
}

TEST(Allocation, ADoctorServingSomeCommunesTakesOnlyTheirPatients) {
  AllocationInput in;
  in.requests = {request("here", 0, 40, false, "38001"), request("there", 0, 40, false, "38002"),
                 request("elsewhere", 0, 40, false, "38003")};
  in.doctors = {doctor("d", 0, 10)};
  in.doctors[0].communes = {"38002", "38001"};
  Allocation out = run(in);
  EXPECT_EQ(out.objective.served, 2);
  EXPECT_EQ(out.unserved, std::vector<std::string>{"elsewhere"});
}

TEST(Allocation, NoPatientGoesBeyondTheMaximumDistance) {
  AllocationInput in;
  in.max_distance_km = 30;
  in.requests = {request("r", 0)};
  in.doctors = {doctor("beyond", 30.5, 1)};
  EXPECT_EQ(run(in).unserved, std::vector<std::string>{"r"});
  in.doctors = {doctor("within", 29.5, 1)};
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "r"), "within");
  EXPECT_NEAR(static_cast<double>(out.assignments[0].distance_m), 29500, 2);
  in.max_distance_km = 29;
  EXPECT_EQ(run(in).objective.served, 0);
}

TEST(Allocation, ADoctorAcrossTheAntimeridianIsFound) {
  AllocationInput in;
  in.requests = {{"wallis", -13.3, 179.99, "98613", 40, {}}};
  in.doctors = {doctor("east", 0, 1)};
  in.doctors[0].latitude = -13.3;
  in.doctors[0].longitude = -179.99;  // ~2.2 km away
  EXPECT_EQ(doctor_of(run(in), "wallis"), "east");
}

TEST(Allocation, APriorityPatientIsPreferredWhenPlacesAreShort) {
  AllocationInput in;
  in.requests = {request("plain", 0), request("ald", 20, 40, true)};
  in.doctors = {doctor("d", 1, 1)};  // nearer the plain request
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "ald"), "d");
  EXPECT_EQ(out.objective, (AllocationObjective{1, 1, distance_m(in.requests[1], in.doctors[0])}));
}

TEST(Allocation, ServingMorePatientsComesBeforeShorterDistances) {
  AllocationInput in;
  in.requests = {request("flexible", 0), request("constrained", 0, 10)};
  in.doctors = {doctor("near", 1, 1), doctor("far", 20, 1)};
  in.doctors[1].age_min = 18;  // only "flexible" may go far
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "flexible"), "far");
  EXPECT_EQ(doctor_of(out, "constrained"), "near");
}

TEST(Allocation, RequestsOfOnePlaceToldApartByAgeStillShareTheOtherDoctors) {
  // One place, three ages: a child, an adult and an elder. The children's doctor is the farthest;
  // the two near doctors take anyone. All three served only if the child goes to the far one.
  AllocationInput in;
  in.requests = {request("child", 0, 10), request("adult", 0, 40), request("elder", 0, 80, true)};
  in.doctors = {doctor("near", 1, 1), doctor("next", 2, 1), doctor("children", 5, 1)};
  in.doctors[2].age_max = 17;
  Allocation out = run(in);
  EXPECT_EQ(out.objective.served, 3);
  EXPECT_EQ(doctor_of(out, "child"), "children");
  EXPECT_NEAR(static_cast<double>(out.objective.total_distance_m), 8000, 3);
}

TEST(Allocation, TheTotalDistanceIsMinimalNotGreedy) {
  // Nearest first would send a to x (1 km) and b to y (6 km): 7 km. Best: a to y, b to x: 5 km.
  AllocationInput in;
  in.requests = {request("a", 0), request("b", 3)};
  in.doctors = {doctor("x", 1, 1), doctor("y", -3, 1)};
  Allocation out = run(in);
  EXPECT_EQ(doctor_of(out, "a"), "y");
  EXPECT_EQ(doctor_of(out, "b"), "x");
  EXPECT_NEAR(static_cast<double>(out.objective.total_distance_m), 5000, 3);
}

TEST(Allocation, NothingToAssign) {
  AllocationInput in;
  EXPECT_EQ(run(in).objective, AllocationObjective{});
  in.requests = {request("r", 0)};
  Allocation out = run(in);  // no doctor
  EXPECT_EQ(out.unserved, std::vector<std::string>{"r"});
  in.doctors = {doctor("full", 0, 0)};
  EXPECT_EQ(run(in).unserved, std::vector<std::string>{"r"});
  in.requests.clear();
  EXPECT_TRUE(run(in).assignments.empty());
}

TEST(Allocation, RefusesInvalidInput) {
  AllocationInput in;
  in.doctors = {doctor("d", 0, -1)};
  EXPECT_THROW(allocate(in), std::invalid_argument);
  in.doctors = {doctor("d", 0, 1)};
  in.requests = {request("r", 0)};
  in.requests[0].latitude = 91;
  EXPECT_THROW(allocate(in), std::invalid_argument);
  in.requests[0].latitude = std::nan("");
  EXPECT_THROW(allocate(in), std::invalid_argument);
  in.requests[0].latitude = kLat;
  in.max_distance_km = -1;
  EXPECT_THROW(allocate(in), std::invalid_argument);
}

TEST(Allocation, IsDeterministic) {
  std::mt19937 rng(7);
  AllocationInput in = testing::random_instance(rng, {.requests = 300, .doctors = 30, .places = 12, .max_capacity = 12});
  Allocation a = allocate(in), b = allocate(in);
  ASSERT_EQ(a.assignments.size(), b.assignments.size());
  for (std::size_t i = 0; i < a.assignments.size(); ++i) {
    EXPECT_EQ(std::tie(a.assignments[i].request_id, a.assignments[i].doctor_id),
              std::tie(b.assignments[i].request_id, b.assignments[i].doctor_id));
  }
  EXPECT_EQ(a.unserved, b.unserved);
}

// Every assignment of a small instance (each request unserved or to one of the doctors), the
// lexicographic best kept: (priority served, served, −distance).
AllocationObjective brute_force(const AllocationInput& in) {
  AllocationObjective best;
  std::vector<int> left;
  for (const auto& d : in.doctors) left.push_back(d.capacity);
  AllocationObjective current;
  auto better = [](const AllocationObjective& a, const AllocationObjective& b) {
    return std::tie(a.priority_served, a.served, b.total_distance_m) >
           std::tie(b.priority_served, b.served, a.total_distance_m);
  };
  auto visit = [&](auto& self, std::size_t r) -> void {
    if (r == in.requests.size()) {
      if (better(current, best)) best = current;
      return;
    }
    self(self, r + 1);  // unserved
    const auto& req = in.requests[r];
    for (std::size_t d = 0; d < in.doctors.size(); ++d) {
      const auto& doc = in.doctors[d];
      if (left[d] == 0 || !accepts(doc, req)) continue;
      // The rule: the unrounded great-circle distance within the maximum.
      if (territory::distance_km(req.latitude, req.longitude, doc.latitude, doc.longitude) > in.max_distance_km) continue;
      --left[d];
      AllocationObjective saved = current;
      ++current.served;
      if (is_priority(req.flags)) ++current.priority_served;
      current.total_distance_m += distance_m(req, doc);
      self(self, r + 1);
      current = saved;
      ++left[d];
    }
  };
  visit(visit, 0);
  return best;
}

TEST(Allocation, EqualsABruteForceOnSmallRandomInstances) {
  std::mt19937 rng(20240601);
  int with_unserved = 0, with_choice = 0;
  for (int i = 0; i < 400; ++i) {
    testing::InstanceShape shape{.requests = 1 + i % 7, .doctors = 1 + i % 3, .places = 3, .area_km = 30,
                                 .max_capacity = 3, .priority_share = 0.4, .max_distance_km = 15};
    AllocationInput in = testing::random_instance(rng, shape);
    Allocation out = allocate(in);
    expect_valid(in, out);
    EXPECT_EQ(out.objective, brute_force(in)) << "instance " << i;
    with_unserved += !out.unserved.empty() && out.objective.served > 0;
    with_choice += out.objective.served > 1;
  }
  // The instances exercise both shortage and choice.
  EXPECT_GT(with_unserved, 50);
  EXPECT_GT(with_choice, 50);
}

}  // namespace
}  // namespace maillage::access
