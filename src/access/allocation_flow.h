// The second half of a batch allocation: the min-cost flow on an AllocationGraph, solved by COIN-OR
// LEMON's network simplex (Debian's liblemon-dev). Internal to allocate() (allocation.h); its own
// header so that the benchmark times it alone.
//
// The network: each request class (supply: its number of requests) → each of its arcs to a doctor
// group (cost: the distance in metres) → the group → the sink (capacity: the group's places).
// Each class also has an arc straight to the sink: its requests left unserved, at a penalty per
// request (UnservedPenalty). All integral, so the optimal flow is integral. The arcs that all the
// classes of a place share leave through one hub node per place (allocation_flow.cpp).
//
// (Tried and dropped: LEMON's CostScaling, 4× slower on these networks and C++17 only; pricing —
// solving on each class's nearest arcs and adding the arcs of negative reduced cost until none is
// left — slower, as every round restarts the simplex from scratch.)
#pragma once

#include <cstdint>
#include <vector>

#include "access/allocation_graph.h"

namespace maillage::access {

/// What leaving one request unserved costs, in metres.
struct UnservedPenalty {
  std::int64_t request = 0;           // B
  std::int64_t priority_request = 0;  // 2B
};

/// The penalties for `graph`: B = D + 1, where D = Σ over the requests of their longest arc
/// bounds the total distance of any assignment (why that is enough: allocation_flow.cpp). Throws
/// std::length_error when the costs could overflow 64 bits (D stays below 10^12 for a million
/// requests at 300 km).
UnservedPenalty unserved_penalty(const AllocationGraph& graph);

/// Solves the min-cost flow of `graph` exactly; returns the number of requests sent along each
/// arc (in the graph's arc order). Deterministic.
std::vector<std::int64_t> solve_allocation_flow(const AllocationGraph& graph);

}  // namespace maillage::access
