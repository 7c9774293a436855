// The first half of a batch allocation: the bipartite graph of which requests may go to which
// doctors, at what distance. Internal to allocate() (allocation.h); its own header so that the
// benchmark times the two halves apart.
//
// Interchangeable requests are one node (a class): same point, commune, priority and age class
// (ages no doctor's age range tells apart). Interchangeable doctors are one node (a group): same
// point and criteria. Requests of a territory share their commune's point, so a région's 100,000
// requests become a few thousand classes. Doctors without capacity are left out, and so are
// requests with no acceptable doctor within the distance (unreachable): they never enter the
// solver. Candidate doctors come from a RadiusGrid, never from testing every pair, and their
// distances are computed once per place (point and commune).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "access/allocation.h"

namespace maillage::access {

/// Interchangeable requests.
struct RequestClass {
  std::vector<int> requests;  // indexes in AllocationInput::requests, ascending
  bool priority = false;
  int place = 0;  // classes at the same point and commune share it, and come one after another
};

/// Interchangeable doctors, all with capacity.
struct DoctorGroup {
  std::vector<int> doctors;  // indexes in AllocationInput::doctors, ascending
  std::int64_t capacity = 0;  // the sum of theirs
};

/// The arcs from request classes to doctor groups, class by class: the arcs of class c are
/// [first[c], first[c + 1]), nearest first (then by group).
struct AllocationGraph {
  std::vector<RequestClass> classes;  // each with at least one arc
  std::vector<DoctorGroup> groups;
  std::vector<std::size_t> first;     // classes.size() + 1 entries
  std::vector<int> arc_group;         // the arc's doctor group
  std::vector<std::int64_t> arc_m;    // the arc's distance in metres
  std::vector<int> unreachable;       // requests with no arc, ascending
};

/// Builds the graph of a validated input (see allocate()).
AllocationGraph build_allocation_graph(const AllocationInput& input);

}  // namespace maillage::access
