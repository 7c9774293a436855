#include "access/allocation_instances.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace maillage::access::testing {
namespace {

constexpr double kKmPerDegreeLat = 111.19;

struct Place {
  double latitude, longitude;
  std::string commune;
};

}  // namespace

AllocationInput random_instance(std::mt19937& rng, const InstanceShape& shape) {
  std::uniform_real_distribution<double> offset(0, shape.area_km);
  std::uniform_real_distribution<double> unit(0, 1);
  auto random_point = [&] {
    return std::pair{45.0 + offset(rng) / kKmPerDegreeLat, 5.0 + offset(rng) / (kKmPerDegreeLat * 0.7071)};
  };
  std::vector<Place> places;
  for (int i = 0; i < shape.places; ++i) {
    auto [lat, lon] = random_point();
    places.push_back({lat, lon, std::to_string(38000 + i)});
  }
  std::uniform_int_distribution<int> place_of(0, shape.places - 1);
  auto locate = [&](double& lat, double& lon, std::string& commune) {
    const Place& p = places[place_of(rng)];
    commune = p.commune;
    if (unit(rng) < shape.unique_share) {
      std::tie(lat, lon) = random_point();  // an address of its own in the commune
    } else {
      lat = p.latitude;
      lon = p.longitude;
    }
  };

  AllocationInput in;
  in.max_distance_km = shape.max_distance_km;
  std::uniform_int_distribution<int> age(0, 95);
  std::uniform_int_distribution<int> flag(0, 4);
  for (int i = 0; i < shape.requests; ++i) {
    AllocationRequest r;
    r.id = "r" + std::to_string(i);
    locate(r.latitude, r.longitude, r.commune_code);
    r.age = age(rng);
    r.flags.age_70 = r.age >= 70 && unit(rng) < 0.5;
    r.flags.child = r.age < 18 && unit(rng) < 0.5;
    if (unit(rng) < shape.priority_share) {
      switch (flag(rng)) {
        case 0: r.flags.ald = true; break;
        case 1: r.flags.precarity = true; break;
        case 2: r.flags.pregnancy = true; break;
        case 3: r.flags.leaving_hospital = true; break;
        default: r.flags.disability = true;
      }
    }
    in.requests.push_back(std::move(r));
  }
  std::uniform_int_distribution<int> capacity(0, shape.max_capacity);
  std::uniform_int_distribution<int> criterion(0, 3);
  for (int i = 0; i < shape.doctors; ++i) {
    AllocationDoctor d;
    d.id = "d" + std::to_string(i);
    std::string commune;
    locate(d.latitude, d.longitude, commune);
    d.capacity = capacity(rng);
    if (unit(rng) < shape.criteria_share) {
      switch (criterion(rng)) {
        case 0: d.priority_only = true; break;
        case 1: d.age_max = 17; break;
        case 2: d.age_min = 16 + criterion(rng); d.age_max = 60 + 10 * criterion(rng); break;
        default:
          d.communes = {commune, places[place_of(rng)].commune};
      }
    }
    in.doctors.push_back(std::move(d));
  }
  return in;
}

void expect_valid(const AllocationInput& in, const Allocation& out) {
  std::map<std::string, const AllocationRequest*> requests;
  for (const auto& r : in.requests) requests[r.id] = &r;
  std::map<std::string, const AllocationDoctor*> doctors;
  for (const auto& d : in.doctors) doctors[d.id] = &d;

  std::set<std::string> seen;
  std::map<std::string, int> taken;
  AllocationObjective sum;
  for (const auto& a : out.assignments) {
    ASSERT_TRUE(requests.count(a.request_id)) << a.request_id;
    ASSERT_TRUE(doctors.count(a.doctor_id)) << a.doctor_id;
    EXPECT_TRUE(seen.insert(a.request_id).second) << a.request_id << " assigned twice";
    const auto& r = *requests[a.request_id];
    const auto& d = *doctors[a.doctor_id];
    EXPECT_TRUE(accepts(d, r)) << a.doctor_id << " does not take " << a.request_id;
    EXPECT_LE(distance_m(r, d), std::llround(in.max_distance_km * 1000)) << a.request_id << " → " << a.doctor_id;
    EXPECT_EQ(a.distance_m, distance_m(r, d));
    ++taken[a.doctor_id];
    ++sum.served;
    if (is_priority(r.flags)) ++sum.priority_served;
    sum.total_distance_m += a.distance_m;
  }
  for (const auto& id : out.unserved) {
    EXPECT_TRUE(requests.count(id)) << id;
    EXPECT_TRUE(seen.insert(id).second) << id << " both assigned and unserved, or unserved twice";
  }
  EXPECT_EQ(seen.size(), in.requests.size()) << "every request is assigned or unserved";
  for (const auto& [id, n] : taken) EXPECT_LE(n, doctors[id]->capacity) << id << " over capacity";
  EXPECT_EQ(out.objective, sum);
}

}  // namespace maillage::access::testing
