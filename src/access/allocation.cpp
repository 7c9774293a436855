#include "access/allocation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "access/allocation_flow.h"
#include "access/allocation_graph.h"
#include "territory/selection.h"

namespace maillage::access {
namespace {

void check_point(const char* what, const std::string& id, double latitude, double longitude) {
  if (!(latitude >= -90.0 && latitude <= 90.0) || !(longitude >= -180.0 && longitude <= 180.0)) {
    throw std::invalid_argument(fmt::format("allocation: {} {} has no valid point", what, id));
  }
}

void check_input(const AllocationInput& input) {
  if (!std::isfinite(input.max_distance_km) || input.max_distance_km < 0) {
    throw std::invalid_argument("allocation: the maximum distance must be a number ≥ 0");
  }
  for (const auto& r : input.requests) check_point("request", r.id, r.latitude, r.longitude);
  for (const auto& d : input.doctors) {
    check_point("doctor", d.id, d.latitude, d.longitude);
    if (d.capacity < 0) throw std::invalid_argument(fmt::format("allocation: doctor {} has a negative capacity", d.id));
  }
}

}  // namespace

bool is_priority(const AllocationFlags& f) {
  return f.ald || f.age_70 || f.precarity || f.pregnancy || f.child || f.leaving_hospital || f.disability;
}

bool accepts(const AllocationDoctor& doctor, const AllocationRequest& request) {
  if (doctor.priority_only && !is_priority(request.flags)) return false;
  if (doctor.age_min && request.age < *doctor.age_min) return false;
  if (doctor.age_max && request.age > *doctor.age_max) return false;
  return doctor.communes.empty() ||
         std::find(doctor.communes.begin(), doctor.communes.end(), request.commune_code) != doctor.communes.end();
}

std::int64_t distance_m(const AllocationRequest& request, const AllocationDoctor& doctor) {
  return std::llround(territory::distance_km(request.latitude, request.longitude, doctor.latitude, doctor.longitude) * 1000.0);
}

Allocation allocate(const AllocationInput& input) {
  check_input(input);
  AllocationGraph graph = build_allocation_graph(input);
  std::vector<std::int64_t> flow = solve_allocation_flow(graph);

  // Turn the flow into assignments: in each class, the earlier requests take the nearer arcs; in
  // each group, the earlier doctors fill first.
  constexpr int kNone = -1;
  std::vector<int> doctor_of(input.requests.size(), kNone);
  std::vector<std::int64_t> metres_of(input.requests.size(), 0);
  std::vector<std::size_t> next_doctor(graph.groups.size(), 0);
  std::vector<int> left(input.doctors.size());
  for (std::size_t d = 0; d < input.doctors.size(); ++d) left[d] = input.doctors[d].capacity;
  for (std::size_t c = 0; c < graph.classes.size(); ++c) {
    auto request = graph.classes[c].requests.begin();
    for (std::size_t a = graph.first[c]; a < graph.first[c + 1]; ++a) {
      const auto& members = graph.groups[graph.arc_group[a]].doctors;
      std::size_t& next = next_doctor[graph.arc_group[a]];
      for (std::int64_t n = 0; n < flow[a]; ++n, ++request) {
        while (left[members[next]] == 0) ++next;
        doctor_of[*request] = members[next];
        metres_of[*request] = graph.arc_m[a];
        --left[members[next]];
      }
    }
  }

  Allocation out;
  for (std::size_t r = 0; r < input.requests.size(); ++r) {
    const auto& request = input.requests[r];
    if (doctor_of[r] == kNone) {
      out.unserved.push_back(request.id);
      continue;
    }
    out.assignments.push_back({request.id, input.doctors[doctor_of[r]].id, metres_of[r]});
    ++out.objective.served;
    if (is_priority(request.flags)) ++out.objective.priority_served;
    out.objective.total_distance_m += metres_of[r];
  }
  return out;
}

}  // namespace maillage::access
