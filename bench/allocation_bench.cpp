// Batch allocation of médecin-traitant requests (issue #6): 100,000 waiting requests over 10,000
// doctors across a région, target < 10 s end to end; and the same code against NetworkX on a
// smaller instance solved by both in the same run.
//
// The instances are generated on the real communes of Auvergne-Rhône-Alpes (région 84: 4,000
// communes and Lyon's arrondissements, 350 km across), read from the imported referential:
// requests and doctors are placed at commune points drawn in proportion to the population, as
// the procedure places a patient (the point of their commune). Ages 0–95; 30 % priority requests
// (one group each); capacities 0–20; criteria on 20 % of doctors (priority only, an age range, or
// the communes within 15 km); patients sent 30 km at most.
#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <random>
#include <set>

#include "access/allocation.h"
#include "access/allocation_flow.h"
#include "access/allocation_graph.h"
#include "access/networkx_runner.h"
#include "access/radius_grid.h"
#include "bench_support.h"
#include "territory/selection.h"

namespace maillage::bench {
namespace {

using access::AllocationInput;

constexpr double kMaxDistanceKm = 30;

struct Place {
  double latitude, longitude;
  std::string commune;
  std::int64_t population;
};

/// The région's communes (Lyon by arrondissement) with a point and inhabitants.
std::vector<Place> region_places(const std::string& region) {
  referential::Dataset data = imported_dataset();
  std::set<std::string> split;  // communes listed by arrondissement
  for (const auto& c : data.communes) {
    if (c.kind == referential::CommuneKind::arrondissement) split.insert(c.parent_code);
  }
  std::vector<Place> out;
  for (const auto& c : data.communes) {
    if (c.region_code != region || split.count(c.code) || !c.coordinates || c.population.value_or(0) <= 0) continue;
    out.push_back({c.coordinates->latitude, c.coordinates->longitude, c.code, *c.population});
  }
  return out;
}

/// What varies between the benchmarks' instances.
struct Shape {
  int requests = 100'000;
  int doctors = 10'000;
  unsigned seed = 2024;
  double jitter_km = 0;         // moves each patient off their commune's point (0: the procedure's way)
  bool any_age_range = false;  // doctors' age ranges anywhere in [0–40, 50–95] (else children or adults)
};

/// A generated instance (see the top of the file).
AllocationInput make_instance(const std::vector<Place>& places, const Shape& shape) {
  const int requests = shape.requests, doctors = shape.doctors;
  const double jitter_km = shape.jitter_km;
  std::mt19937 rng(shape.seed);
  std::vector<double> weights;
  for (const auto& p : places) weights.push_back(static_cast<double>(p.population));
  std::discrete_distribution<int> place_of(weights.begin(), weights.end());
  std::uniform_real_distribution<double> unit(0, 1);
  std::uniform_int_distribution<int> group(0, 6), adult(18, 69), elder(70, 95), child(0, 17), any_age(0, 95);
  std::uniform_real_distribution<double> jitter(-jitter_km / 111.0, jitter_km / 111.0);

  AllocationInput in;
  in.max_distance_km = kMaxDistanceKm;
  in.requests.reserve(requests);
  for (int i = 0; i < requests; ++i) {
    const Place& p = places[place_of(rng)];
    access::AllocationRequest r{"r" + std::to_string(i), p.latitude + jitter(rng), p.longitude + jitter(rng), p.commune, 0, {}};
    if (unit(rng) < 0.3) {
      r.age = adult(rng);
      switch (group(rng)) {
        case 0: r.flags.ald = true; r.age = any_age(rng); break;
        case 1: r.flags.age_70 = true; r.age = elder(rng); break;
        case 2: r.flags.precarity = true; break;
        case 3: r.flags.pregnancy = true; break;
        case 4: r.flags.child = true; r.age = child(rng); break;
        case 5: r.flags.leaving_hospital = true; r.age = any_age(rng); break;
        default: r.flags.disability = true; r.age = any_age(rng);
      }
    } else {
      r.age = adult(rng);
    }
    in.requests.push_back(std::move(r));
  }

  std::vector<access::GridPoint> points;
  for (const auto& p : places) points.push_back({p.latitude, p.longitude});
  access::RadiusGrid nearby(points, 15);
  std::vector<int> around;
  std::uniform_int_distribution<int> capacity(0, 20), criterion(0, 2);
  for (int i = 0; i < doctors; ++i) {
    const Place& p = places[place_of(rng)];
    access::AllocationDoctor d;
    d.id = "d" + std::to_string(i);
    d.latitude = p.latitude;
    d.longitude = p.longitude;
    d.capacity = capacity(rng);
    if (unit(rng) < 0.2) {
      switch (criterion(rng)) {
        case 0: d.priority_only = true; break;
        case 1:
          if (shape.any_age_range) {
            d.age_min = std::uniform_int_distribution<int>(0, 40)(rng);
            d.age_max = std::uniform_int_distribution<int>(50, 95)(rng);
          } else if (unit(rng) < 0.5) {
            d.age_max = 17;  // children only
          } else {
            d.age_min = 16;  // adults only
          }
          break;
        default:
          nearby.candidates(p.latitude, p.longitude, around);
          for (int c : around) {
            const Place& q = places[c];
            if (territory::distance_km(p.latitude, p.longitude, q.latitude, q.longitude) <= 15) {
              d.communes.push_back(q.commune);
            }
          }
      }
    }
    in.doctors.push_back(std::move(d));
  }
  return in;
}

const std::vector<Place>& region() {
  static const std::vector<Place> places = [] {
    quiet_logs();
    return region_places("84");
  }();
  return places;
}

/// The région-size instance, made once.
const AllocationInput& region_instance() {
  static const AllocationInput in = make_instance(region(), Shape{});
  return in;
}

void describe(benchmark::State& state, const AllocationInput& in, const access::Allocation& out) {
  access::AllocationGraph graph = access::build_allocation_graph(in);
  int priority = 0;
  for (const auto& r : in.requests) priority += access::is_priority(r.flags);
  std::int64_t places = 0;
  for (const auto& d : in.doctors) places += d.capacity;
  state.counters["requests"] = static_cast<double>(in.requests.size());
  state.counters["priority_requests"] = priority;
  state.counters["doctors"] = static_cast<double>(in.doctors.size());
  state.counters["places"] = static_cast<double>(places);
  state.counters["classes"] = static_cast<double>(graph.classes.size());
  state.counters["groups"] = static_cast<double>(graph.groups.size());
  state.counters["arcs"] = static_cast<double>(graph.arc_group.size());
  state.counters["unreachable"] = static_cast<double>(graph.unreachable.size());
  state.counters["served"] = out.objective.served;
  state.counters["priority_served"] = out.objective.priority_served;
  state.counters["mean_km"] = out.objective.served ? out.objective.total_distance_m / 1000.0 / out.objective.served : 0;
}

// End to end: validation, arcs, flow, assignments.
void time_allocation(benchmark::State& state, const AllocationInput& in) {
  access::Allocation out;
  for (auto _ : state) {
    out = access::allocate(in);
    benchmark::DoNotOptimize(out.objective);
  }
  describe(state, in, out);
}

void BM_AllocationRegion(benchmark::State& state) { time_allocation(state, region_instance()); }
BENCHMARK(BM_AllocationRegion)->Unit(benchmark::kSecond)->Iterations(3);

// The first half alone: classes, groups, candidate doctors, arcs.
void BM_AllocationRegionGraph(benchmark::State& state) {
  const AllocationInput& in = region_instance();
  for (auto _ : state) {
    access::AllocationGraph graph = access::build_allocation_graph(in);
    benchmark::DoNotOptimize(graph.arc_m.data());
  }
}
BENCHMARK(BM_AllocationRegionGraph)->Unit(benchmark::kMillisecond)->Iterations(3);

// The second half alone: the network simplex.
void BM_AllocationRegionFlow(benchmark::State& state) {
  access::AllocationGraph graph = access::build_allocation_graph(region_instance());
  for (auto _ : state) {
    auto flow = access::solve_allocation_flow(graph);
    benchmark::DoNotOptimize(flow.data());
  }
}
BENCHMARK(BM_AllocationRegionFlow)->Unit(benchmark::kMillisecond)->Iterations(3);

// Half the doctors: ~50,000 places for 100,000 requests, so the priorities decide who is served.
void BM_AllocationRegionShortOfPlaces(benchmark::State& state) {
  time_allocation(state, make_instance(region(), {.doctors = 5'000}));
}
BENCHMARK(BM_AllocationRegionShortOfPlaces)->Unit(benchmark::kSecond)->Iterations(1);

// Doctors' age ranges anywhere (every age a bound somewhere): a place's requests split into many
// classes, which share their other doctors through the place's hub (allocation_flow.cpp).
void BM_AllocationRegionAnyAgeRange(benchmark::State& state) {
  time_allocation(state, make_instance(region(), {.any_age_range = true}));
}
BENCHMARK(BM_AllocationRegionAnyAgeRange)->Unit(benchmark::kSecond)->Iterations(1);

// Patients at points of their own (a commune's point moved by up to 2 km), so that no two
// requests are interchangeable: the worst case for the classes.
void BM_AllocationRegionOwnPoints(benchmark::State& state) {
  time_allocation(state, make_instance(region(), {.requests = static_cast<int>(state.range(0)), .jitter_km = 2}));
}
BENCHMARK(BM_AllocationRegionOwnPoints)
    ->ArgName("requests")
    ->Arg(10'000)
    ->Arg(30'000)
    ->Arg(100'000)
    ->Unit(benchmark::kSecond)
    ->Iterations(1);

// The same smaller instance solved here and by NetworkX's min_cost_flow (bench/allocation_networkx.py,
// run once after the timed iterations): the objectives must be equal; the ratio is NetworkX's
// solve time alone (its network given) over ours end to end. With patients at points of their
// own, no two requests are interchangeable: our network is NetworkX's but for the doctors of one
// commune and criteria, still one node.
void BM_AllocationVsNetworkx(benchmark::State& state) {
  if (!access::testing::networkx_available()) {
    state.SkipWithError("python3-networkx is not installed (scripts/setup installs it)");
    return;
  }
  AllocationInput in = make_instance(region(), {.requests = static_cast<int>(state.range(0)),
                                                .doctors = static_cast<int>(state.range(1)),
                                                .seed = 7,
                                                .jitter_km = static_cast<double>(state.range(2))});
  access::Allocation out;
  double ours_s = 0;
  for (auto _ : state) {
    auto start = Clock::now();
    out = access::allocate(in);
    benchmark::DoNotOptimize(out.objective);
    ours_s += std::chrono::duration<double>(Clock::now() - start).count();
  }
  ours_s /= static_cast<double>(state.iterations());
  TempDir dir;
  access::testing::write_instance(in, dir.path() / "instance.json");
  auto nx = access::testing::run_python(access::testing::source_dir() / "bench/allocation_networkx.py",
                                        {(dir.path() / "instance.json").string()});
  if (nx.status != 0 || nx.lines.size() != 1) {
    state.SkipWithError("bench/allocation_networkx.py failed");
    return;
  }
  const auto& line = nx.lines.front();
  if (!(access::testing::objective_of(line) == out.objective)) {
    state.SkipWithError("NetworkX found another objective");
    return;
  }
  double nx_solve = line.at("solve_s").to_number<double>();
  state.counters["ours_ms"] = ours_s * 1000;
  state.counters["networkx_build_s"] = line.at("build_s").to_number<double>();
  state.counters["networkx_solve_s"] = nx_solve;
  state.counters["networkx_arcs"] = line.at("arcs").to_number<double>();
  state.counters["ratio"] = nx_solve / ours_s;
  describe(state, in, out);
}
BENCHMARK(BM_AllocationVsNetworkx)
    ->ArgNames({"requests", "doctors", "jitter_km"})
    ->Args({5'000, 500, 0})  // patients at their commune's point, as the procedure places them
    ->Args({5'000, 500, 2})  // patients at points of their own
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

}  // namespace
}  // namespace maillage::bench
