#include "access/allocation_flow.h"

#include <lemon/network_simplex.h>
#include <lemon/static_graph.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace maillage::access {

// Why these penalties give the lexicographic optimum (most priority requests served, then most
// requests served, then least distance). The flow's cost is
//   cost = 2B·(priority unserved) + B·(others unserved) + distance
//        = B·(priority unserved) + B·(unserved) + distance.
// The sets of requests that can be served together are the independent sets of a matroid (a
// transversal matroid: requests matched to copies of the doctors' places), so the most priority
// requests that can be served together extend to a largest servable set: one assignment serves
// both the most priority requests p* and the most requests s* there can be, and every assignment
// has p ≤ p* and s ≤ s*. Against the lexicographic optimum (p*, s*, d*), any assignment (p, s, d)
// costs B·(p* − p) + B·(s* − s) + (d − d*) more, where |d − d*| ≤ D < B: if it serves fewer
// priority requests or fewer requests it costs more than B − D > 0 more, else it costs d − d* ≥ 0
// more. So the min-cost flow is lexicographically optimal, and the penalties stay small (B ≤ the
// sum of the longest arcs + 1), far within 64 bits, where the textbook B·(n + 1) for priorities
// would overflow at a région's size.
UnservedPenalty unserved_penalty(const AllocationGraph& graph) {
  // Potentials of the network simplex are sums of costs along tree paths; keeping every path's
  // cost and the total cost below 2^60 leaves room for LEMON's artificial cost (2^63 / 2).
  constexpr __int128 kLimit = __int128{1} << 60;
  __int128 longest_sum = 0;
  __int128 requests = 0;
  for (std::size_t c = 0; c < graph.classes.size(); ++c) {
    __int128 count = static_cast<__int128>(graph.classes[c].requests.size());
    longest_sum += count * graph.arc_m[graph.first[c + 1] - 1];  // arcs are nearest first
    requests += count;
  }
  __int128 b = longest_sum + 1;
  __int128 nodes = static_cast<__int128>(graph.classes.size() + graph.groups.size() + 1);
  if (2 * b * (requests > nodes ? requests : nodes) >= kLimit) {
    throw std::length_error("allocation: too many requests or too long distances for 64-bit costs");
  }
  return {static_cast<std::int64_t>(b), static_cast<std::int64_t>(2 * b)};
}

namespace {

// A place's hub: the classes of one place (same point and commune, told apart by priority or age)
// share most of their arcs, with the same distances. Those common arcs leave the classes and go
// once from a hub node, which each class reaches at no cost: the same paths at the same costs,
// so the same optimum, with far fewer arcs when doctors' age ranges split a place's requests into
// many classes.
struct Hub {
  std::size_t first_class = 0, end_class = 0;
  std::vector<int> groups;              // the common groups, nearest first
  std::vector<std::int64_t> metres;
  std::vector<std::vector<std::size_t>> class_arcs;  // per class of the place: its arcs to `groups`, same order
};

// The hubs of the places that have several classes with common arcs; `common_arc[a]` is set for
// the arcs they take over.
std::vector<Hub> place_hubs(const AllocationGraph& graph, std::vector<char>& common_arc) {
  std::vector<Hub> hubs;
  common_arc.assign(graph.arc_group.size(), 0);
  std::vector<int> seen(graph.groups.size(), 0);
  for (std::size_t c = 0; c < graph.classes.size();) {
    std::size_t end = c + 1;
    while (end < graph.classes.size() && graph.classes[end].place == graph.classes[c].place) ++end;
    if (end - c >= 2) {
      for (std::size_t k = c; k < end; ++k) {
        for (std::size_t a = graph.first[k]; a < graph.first[k + 1]; ++a) ++seen[graph.arc_group[a]];
      }
      Hub hub{c, end, {}, {}, std::vector<std::vector<std::size_t>>(end - c)};
      for (std::size_t k = c; k < end; ++k) {
        for (std::size_t a = graph.first[k]; a < graph.first[k + 1]; ++a) {
          int g = graph.arc_group[a];
          if (seen[g] != static_cast<int>(end - c)) continue;
          // Arcs are ordered by (metres, group), and a group is at the same distance from every
          // class of the place: the common arcs come in the same order in each class.
          if (k == c) {
            hub.groups.push_back(g);
            hub.metres.push_back(graph.arc_m[a]);
          }
          hub.class_arcs[k - c].push_back(a);
        }
      }
      for (std::size_t k = c; k < end; ++k) {
        for (std::size_t a = graph.first[k]; a < graph.first[k + 1]; ++a) seen[graph.arc_group[a]] = 0;
      }
      if (hub.groups.size() >= 2) {
        for (const auto& arcs : hub.class_arcs) {
          for (std::size_t a : arcs) common_arc[a] = 1;
        }
        hubs.push_back(std::move(hub));
      }
    }
    c = end;
  }
  return hubs;
}

}  // namespace

std::vector<std::int64_t> solve_allocation_flow(const AllocationGraph& graph) {
  using Digraph = lemon::StaticDigraph;
  const int classes = static_cast<int>(graph.classes.size());
  const int groups = static_cast<int>(graph.groups.size());
  const int sink = classes + groups;
  const UnservedPenalty penalty = unserved_penalty(graph);
  std::vector<char> common_arc;
  const std::vector<Hub> hubs = place_hubs(graph, common_arc);
  std::vector<int> hub_of(classes, -1);
  for (std::size_t h = 0; h < hubs.size(); ++h) {
    for (std::size_t c = hubs[h].first_class; c < hubs[h].end_class; ++c) hub_of[c] = static_cast<int>(h);
  }
  auto hub_node = [&](int h) { return sink + 1 + h; };

  // Nodes: classes [0, classes), groups [classes, sink), the sink, the hubs. StaticDigraph wants
  // the arcs by source: each class's own arcs to groups, its hub arc and its unserved arc; the
  // groups' arcs to the sink; the hubs' arcs to groups. Capacities and costs alongside.
  std::vector<std::pair<int, int>> arcs;
  std::vector<std::int64_t> upper, cost;
  auto add = [&](int from, int to, std::int64_t cap, std::int64_t metres) {
    arcs.emplace_back(from, to);
    upper.push_back(cap);
    cost.push_back(metres);
  };
  std::int64_t total = 0;
  for (int c = 0; c < classes; ++c) {
    const auto count = static_cast<std::int64_t>(graph.classes[c].requests.size());
    total += count;
    for (std::size_t a = graph.first[c]; a < graph.first[c + 1]; ++a) {
      if (!common_arc[a]) add(c, classes + graph.arc_group[a], count, graph.arc_m[a]);
    }
    if (hub_of[c] >= 0) add(c, hub_node(hub_of[c]), count, 0);
    add(c, sink, count, graph.classes[c].priority ? penalty.priority_request : penalty.request);
  }
  for (int g = 0; g < groups; ++g) add(classes + g, sink, graph.groups[g].capacity, 0);
  for (std::size_t h = 0; h < hubs.size(); ++h) {
    for (std::size_t k = 0; k < hubs[h].groups.size(); ++k) {
      int g = hubs[h].groups[k];
      add(hub_node(static_cast<int>(h)), classes + g, graph.groups[g].capacity, hubs[h].metres[k]);
    }
  }

  Digraph net;
  net.build(hub_node(static_cast<int>(hubs.size())), arcs.begin(), arcs.end());
  arcs = {};
  Digraph::ArcMap<std::int64_t> upper_map(net), cost_map(net);
  for (int a = 0; a < net.arcNum(); ++a) {
    upper_map[net.arc(a)] = upper[a];
    cost_map[net.arc(a)] = cost[a];
  }
  upper = {};
  cost = {};
  Digraph::NodeMap<std::int64_t> supply(net, 0);
  for (int c = 0; c < classes; ++c) supply[net.node(c)] = static_cast<std::int64_t>(graph.classes[c].requests.size());
  supply[net.node(sink)] = -total;

  using Simplex = lemon::NetworkSimplex<Digraph, std::int64_t, std::int64_t>;
  Simplex simplex(net);
  simplex.upperMap(upper_map).costMap(cost_map).supplyMap(supply);
  // Always feasible (every class may send its requests to the sink unserved) and bounded.
  if (simplex.run() != Simplex::OPTIMAL) throw std::logic_error("allocation: the flow has no optimum");

  // Back to the graph's arcs: a class's own arcs directly; what went through a hub, shared out
  // in class order over the hub's arcs, nearest first.
  std::vector<std::int64_t> flow(graph.arc_group.size(), 0);
  std::vector<std::int64_t> via_hub(classes, 0);
  int arc = 0;
  for (int c = 0; c < classes; ++c) {
    for (std::size_t a = graph.first[c]; a < graph.first[c + 1]; ++a) {
      if (!common_arc[a]) flow[a] = simplex.flow(net.arc(arc++));
    }
    if (hub_of[c] >= 0) via_hub[c] = simplex.flow(net.arc(arc++));
    ++arc;  // the unserved arc
  }
  arc += groups;
  for (const auto& hub : hubs) {
    std::vector<std::int64_t> left(hub.groups.size());
    for (auto& l : left) l = simplex.flow(net.arc(arc++));
    std::size_t k = 0;
    for (std::size_t c = hub.first_class; c < hub.end_class; ++c) {
      for (std::int64_t need = via_hub[c]; need > 0;) {
        while (left[k] == 0) ++k;
        std::int64_t sent = std::min(need, left[k]);
        flow[hub.class_arcs[c - hub.first_class][k]] += sent;
        left[k] -= sent;
        need -= sent;
      }
    }
  }
  return flow;
}

}  // namespace maillage::access
