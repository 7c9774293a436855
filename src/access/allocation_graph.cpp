#include "access/allocation_graph.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <tuple>

#include "access/radius_grid.h"
#include "territory/selection.h"

namespace maillage::access {
namespace {

// What makes doctors interchangeable.
auto group_key(const AllocationDoctor& d, const std::vector<std::string>& communes) {
  return std::tie(d.latitude, d.longitude, d.priority_only, d.age_min, d.age_max, communes);
}

std::vector<DoctorGroup> group_doctors(const std::vector<AllocationDoctor>& doctors) {
  std::vector<std::vector<std::string>> communes(doctors.size());
  std::vector<int> order;
  for (int i = 0; i < static_cast<int>(doctors.size()); ++i) {
    if (doctors[i].capacity <= 0) continue;
    communes[i] = doctors[i].communes;
    std::sort(communes[i].begin(), communes[i].end());
    communes[i].erase(std::unique(communes[i].begin(), communes[i].end()), communes[i].end());
    order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return group_key(doctors[a], communes[a]) < group_key(doctors[b], communes[b]);
  });
  std::vector<DoctorGroup> groups;
  for (std::size_t i = 0; i < order.size(); ++i) {
    int d = order[i];
    if (i == 0 || group_key(doctors[order[i - 1]], communes[order[i - 1]]) != group_key(doctors[d], communes[d])) {
      groups.emplace_back();
    }
    groups.back().doctors.push_back(d);
    groups.back().capacity += doctors[d].capacity;
  }
  for (auto& g : groups) std::sort(g.doctors.begin(), g.doctors.end());
  return groups;
}

// The ages where some group's age range starts or stops: two ages between the same boundaries are
// accepted by the same groups.
std::vector<long long> age_boundaries(const std::vector<AllocationDoctor>& doctors, const std::vector<DoctorGroup>& groups) {
  std::vector<long long> out;
  for (const auto& g : groups) {
    const auto& d = doctors[g.doctors.front()];
    if (d.age_min) out.push_back(*d.age_min);
    if (d.age_max) out.push_back(static_cast<long long>(*d.age_max) + 1);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

struct ClassKey {
  double latitude, longitude;
  const std::string* commune;
  bool priority;
  long age_class;

  auto place() const { return std::tie(latitude, longitude, *commune); }
  bool operator<(const ClassKey& o) const {
    return std::tie(latitude, longitude, *commune, priority, age_class) <
           std::tie(o.latitude, o.longitude, *o.commune, o.priority, o.age_class);
  }
  bool operator==(const ClassKey& o) const { return !(*this < o) && !(o < *this); }
};

std::vector<RequestClass> class_requests(const std::vector<AllocationRequest>& requests,
                                         const std::vector<long long>& boundaries) {
  std::vector<ClassKey> keys;
  keys.reserve(requests.size());
  for (const auto& r : requests) {
    long age_class = std::upper_bound(boundaries.begin(), boundaries.end(), static_cast<long long>(r.age)) -
                     boundaries.begin();
    keys.push_back({r.latitude, r.longitude, &r.commune_code, is_priority(r.flags), age_class});
  }
  std::vector<int> order(requests.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
  std::vector<RequestClass> classes;
  int place = -1;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const ClassKey& key = keys[order[i]];
    if (i == 0 || !(keys[order[i - 1]] == key)) {
      if (i == 0 || keys[order[i - 1]].place() != key.place()) ++place;
      classes.push_back({{}, key.priority, place});
    }
    classes.back().requests.push_back(order[i]);  // ascending: the sort is stable
  }
  return classes;
}

}  // namespace

AllocationGraph build_allocation_graph(const AllocationInput& input) {
  AllocationGraph graph;
  std::vector<DoctorGroup> groups = group_doctors(input.doctors);
  std::vector<RequestClass> classes = class_requests(input.requests, age_boundaries(input.doctors, groups));

  std::vector<GridPoint> points;
  points.reserve(groups.size());
  for (const auto& g : groups) {
    const auto& d = input.doctors[g.doctors.front()];
    points.push_back({d.latitude, d.longitude});
  }
  RadiusGrid grid(points, input.max_distance_km);

  graph.groups = std::move(groups);
  graph.first.push_back(0);
  std::vector<int> candidates;
  std::vector<std::pair<std::int64_t, int>> in_reach;  // (metres, group) of the current place, nearest first
  std::vector<std::pair<std::int64_t, int>> arcs;
  int place = -1;
  for (auto& c : classes) {
    const auto& r = input.requests[c.requests.front()];
    if (c.place != place) {  // distances once per place
      place = c.place;
      grid.candidates(r.latitude, r.longitude, candidates);
      in_reach.clear();
      for (int g : candidates) {
        const auto& d = input.doctors[graph.groups[g].doctors.front()];
        double km = territory::distance_km(r.latitude, r.longitude, d.latitude, d.longitude);
        if (km <= input.max_distance_km) in_reach.emplace_back(std::llround(km * 1000.0), g);
      }
      std::sort(in_reach.begin(), in_reach.end());
    }
    arcs.clear();
    for (const auto& arc : in_reach) {
      if (accepts(input.doctors[graph.groups[arc.second].doctors.front()], r)) arcs.push_back(arc);
    }
    if (arcs.empty()) {
      graph.unreachable.insert(graph.unreachable.end(), c.requests.begin(), c.requests.end());
      continue;
    }
    for (const auto& [metres, g] : arcs) {
      graph.arc_group.push_back(g);
      graph.arc_m.push_back(metres);
    }
    graph.first.push_back(graph.arc_group.size());
    graph.classes.push_back(std::move(c));
  }
  std::sort(graph.unreachable.begin(), graph.unreachable.end());
  return graph;
}

}  // namespace maillage::access
