// Unscheduled-care slot search (issue #7: "slot search p99 < 20 ms with 1 million future slots in
// a région"). One database, built once per run on a copy of the referential fixture (env
// MAILLAGE_FIXTURE_DB, default <build>/fixtures/referential.db made by the CTest fixture
// `referential_fixture`; the benchmarks are skipped without it), holds 1,000,000 future slots in
// Provence-Alpes-Côte d'Azur (région 93):
//   - 3,000 professionals (75 % GPs) placed at the région's communes (Marseille by arrondissement)
//     weighted by population;
//   - 30 CPTS; one "big" CPTS (Marseille, Nice, then the largest communes of the Bouches-du-Rhône)
//     holds a third of the professionals, the others share the rest in INSEE-code order;
//   - 15-minute slots between 08:00 and 20:00 (Europe/Paris) over the 8 weeks from tomorrow,
//     ~333 per professional, 10 % remote, 10 % booked — written by `insert_slot` and `book_slot`
//     in one transaction (BM_SnpBuildMillionSlots reports how long).
// The search runs the route's calls (snp_slot_routes.cpp): due_at → cells_around(commune, 20 km)
// → search_free_slots(CPTS, now..due, profession 10, cells, remote too, enough: the first 10
// within reach) → rank_slots(10), for 1,000 request points drawn from the région's communes by
// population, each in the CPTS holding its commune, "now" being tomorrow 10:00 local (so every
// window is full of future slots). Results and the query plan: docs/benchmarks.md.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "access/snp_rules.h"
#include "access/snp_search.h"
#include "access/snp_search_plan.h"
#include "access/snp_store.h"
#include "bench_support.h"
#include "platform/time/local_time.h"
#include "platform/util/time.h"
#include "referential/referential.h"
#include "territory/cpts_store.h"

namespace maillage::bench {
namespace {

constexpr int kSlots = 1'000'000;
constexpr int kProfessionals = 3'000;
constexpr int kCpts = 30;
constexpr int kDays = 56;                  // 8 weeks from tomorrow
constexpr int kFirstQuarter = 8 * 4;       // 08:00
constexpr int kQuarters = 12 * 4;          // until 20:00
constexpr int kRequestPoints = 1'000;
constexpr double kRadiusKm = 20;
constexpr const char* kZone = "Europe/Paris";
constexpr const char* kRegion = "93";

/// Where professionals practise and patients call from: a commune (or an arrondissement of
/// Marseille) of the région.
struct Place {
  const referential::Commune* commune;
  double weight;  // population
  int cpts = 0;   // index in SlotDatabase::cpts
};

bool in_big_cpts_first(const referential::Commune& c) {
  return c.code.starts_with("132") || c.code == "06088";  // Marseille's arrondissements, Nice
}

/// The database of 1,000,000 slots and what the searches need; built at first use.
struct SlotDatabase {
  TempDir dir;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<referential::ReferentialService> service;
  std::shared_ptr<const referential::Referential> ref;
  std::vector<Place> places;
  std::vector<std::string> cpts;  // ids; cpts[0] is the big one
  std::string now;                // the requests' "now": tomorrow 10:00 local, in UTC
  std::string missing;
  double build_seconds = 0;
  int booked = 0, remote = 0;
  std::map<std::string, int> slots_per_cpts;

  SlotDatabase() {
    quiet_logs();
    const char* env = std::getenv("MAILLAGE_FIXTURE_DB");
    std::filesystem::path fixture = env != nullptr && *env != '\0' ? env : MAILLAGE_BENCH_FIXTURE_DB;
    if (!std::filesystem::exists(fixture)) {
      missing = fmt::format("no referential fixture at {} (run `ctest -R referential_fixture` or set MAILLAGE_FIXTURE_DB)",
                            fixture.string());
      return;
    }
    std::filesystem::copy_file(fixture, dir.path() / "snp.db");
    db = open_migrated(dir.path() / "snp.db");
    service = std::make_unique<referential::ReferentialService>(*db);
    service->reload();
    ref = service->current();
    place_communes();
    auto start = Clock::now();
    build();
    build_seconds = micros_since(start) / 1e6;
  }

  void place_communes() {
    for (const auto& c : ref->data().communes) {
      if (c.region_code != kRegion || !c.coordinates || !c.population || *c.population <= 0) continue;
      if (c.kind == referential::CommuneKind::commune && !ref->arrondissements_of(c).empty()) continue;
      places.push_back({&c, static_cast<double>(*c.population)});
    }
  }

  /// Gives each place its CPTS: the big one takes Marseille, Nice, then the Bouches-du-Rhône by
  /// population until it holds a third of `professionals_at`; the others split the rest in code order.
  void assign_cpts(const std::vector<int>& professionals_at) {
    std::vector<std::size_t> order(places.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto rank = [&](std::size_t i) {
      const auto& c = *places[i].commune;
      return in_big_cpts_first(c) ? 0 : c.departement_code == "13" ? 1 : 2;
    };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return std::tuple(rank(a), -places[a].weight, places[a].commune->code) <
             std::tuple(rank(b), -places[b].weight, places[b].commune->code);
    });
    int held = 0;
    std::vector<std::size_t> rest;
    for (std::size_t i : order) {
      if (held < kProfessionals / 3) {
        places[i].cpts = 0;
        held += professionals_at[i];
      } else {
        rest.push_back(i);
      }
    }
    std::sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
      return places[a].commune->code < places[b].commune->code;
    });
    int seen = 0, rest_total = kProfessionals - held;
    for (std::size_t i : rest) {
      places[i].cpts = 1 + std::min(kCpts - 2, seen * (kCpts - 1) / std::max(1, rest_total));
      seen += professionals_at[i];
    }
  }

  void build() {
    std::mt19937_64 rng(20260407);
    std::discrete_distribution<std::size_t> by_population(
        places.size(), 0, static_cast<double>(places.size()),
        [this](double x) { return places[static_cast<std::size_t>(x)].weight; });
    std::vector<std::size_t> professional_place(kProfessionals);
    std::vector<int> professionals_at(places.size());
    for (auto& p : professional_place) ++professionals_at[p = by_population(rng)];
    assign_cpts(professionals_at);

    // Start (UTC) of every quarter of the window, from tomorrow's local date.
    std::string tomorrow = utc_to_local(now_utc_seconds(), kZone).substr(0, 10);
    tomorrow = add_days(tomorrow, 1);
    now = local_to_utc(tomorrow + "T10:00", kZone);
    std::vector<std::string> starts, ends;
    for (int d = 0; d < kDays; ++d) {
      std::string date = add_days(tomorrow, d);
      for (int q = kFirstQuarter; q < kFirstQuarter + kQuarters; ++q) {
        starts.push_back(local_to_utc(fmt::format("{}T{:02}:{:02}", date, q / 4, q % 4 * 15), kZone));
        ends.push_back(add_minutes_utc(starts.back(), 15));
      }
    }
    std::uniform_int_distribution<std::size_t> any_quarter(0, starts.size() - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::string created = now_utc_seconds();

    db::with_transaction(*db, [&](db::Connection& c) {
      for (int i = 0; i < kCpts; ++i) {
        cpts.push_back(territory::create_cpts(c, fmt::format("CPTS banc d'essai {:02}{}", i, i == 0 ? " (grande)" : "")).id);
      }
      int next_request = 0;
      for (int p = 0; p < kProfessionals; ++p) {
        const Place& place = places[professional_place[static_cast<std::size_t>(p)]];
        access::SnpSlot s;
        s.cpts_id = cpts[static_cast<std::size_t>(place.cpts)];
        s.professional_id = fmt::format("8{:011}", p);
        int profession = percent(rng);
        s.profession_code = profession < 75 ? "10" : profession < 90 ? "60" : "70";
        s.site_key = fmt::format("BENCH-SITE-{}", p);
        s.commune_code = place.commune->code;
        s.latitude = place.commune->coordinates->latitude;
        s.longitude = place.commune->coordinates->longitude;
        s.origin = "pattern";
        s.created_at = created;
        int count = kSlots / kProfessionals + (p < kSlots % kProfessionals ? 1 : 0);
        std::set<std::size_t> taken;
        while (static_cast<int>(taken.size()) < count) {
          std::size_t q = any_quarter(rng);
          if (!taken.insert(q).second) continue;
          s.starts_at = starts[q];
          s.ends_at = ends[q];
          s.mode = percent(rng) < 10 ? access::SlotMode::remote : access::SlotMode::in_person;
          auto id = access::insert_slot(c, s);
          if (!id) throw std::logic_error("a generated slot overlaps another one");
          remote += s.mode == access::SlotMode::remote;
          ++slots_per_cpts[s.cpts_id];
          if (percent(rng) < 10) {
            access::book_slot(c, s.cpts_id, *id, fmt::format("bench-request-{}", next_request++), created);
            ++booked;
          }
        }
      }
      return 0;
    });
  }

  static SlotDatabase& get() {
    static SlotDatabase d;
    return d;
  }
};

/// The database, or nothing (the benchmark is then skipped, saying why).
SlotDatabase* ready(benchmark::State& state) {
  auto& d = SlotDatabase::get();
  if (d.missing.empty()) return &d;
  state.SkipWithError(d.missing.c_str());
  return nullptr;
}

void BM_SnpBuildMillionSlots(benchmark::State& state) {
  SlotDatabase* d = ready(state);
  if (!d) return;
  for (auto _ : state) benchmark::DoNotOptimize(d->build_seconds);
  state.counters["build_s"] = d->build_seconds;
  state.counters["slots_per_s"] = kSlots / d->build_seconds;
  state.counters["slots"] = kSlots;
  state.counters["booked"] = d->booked;
  state.counters["remote"] = d->remote;
  state.counters["big_cpts_slots"] = d->slots_per_cpts[d->cpts[0]];
  state.counters["db_MB"] =
      static_cast<double>(std::filesystem::file_size(d->dir.path() / "snp.db")) / 1e6;
}
BENCHMARK(BM_SnpBuildMillionSlots)->Iterations(1)->Unit(benchmark::kMillisecond);

/// A patient calling their CPTS from a commune.
struct RequestPoint {
  const Place* place;
  std::string cpts_id;
};

std::vector<RequestPoint> request_points(const SlotDatabase& d) {
  std::mt19937_64 rng(7);
  std::discrete_distribution<std::size_t> by_population(
      d.places.size(), 0, static_cast<double>(d.places.size()),
      [&d](double x) { return d.places[static_cast<std::size_t>(x)].weight; });
  std::vector<RequestPoint> out;
  for (int i = 0; i < kRequestPoints; ++i) {
    const Place& p = d.places[by_population(rng)];
    out.push_back({&p, d.cpts[static_cast<std::size_t>(p.cpts)]});
  }
  return out;
}

/// The dense centres of the big CPTS: Marseille's 16 arrondissements and Nice.
std::vector<RequestPoint> dense_centres(const SlotDatabase& d) {
  std::vector<RequestPoint> out;
  for (const auto& p : d.places) {
    if (in_big_cpts_first(*p.commune)) out.push_back({&p, d.cpts[0]});
  }
  return out;
}

/// What the route does for one request, timed; returns the candidates read. Without `early_stop`,
/// the store reads every matching slot of the window (the baseline).
std::size_t search_once(db::Connection& c, const std::string& now, const RequestPoint& point, access::Urgency urgency,
                        std::vector<double>& millis, std::size_t& results, bool early_stop, bool remote_too) {
  auto start = Clock::now();
  const auto& at = *point.place->commune->coordinates;
  access::SlotQuery query{point.cpts_id, now, access::due_at(now, urgency, kZone), "10", {}, remote_too};
  query.cells = access::cells_around(at.latitude, at.longitude, kRadiusKm);
  if (early_stop) {
    query.enough = 10;
    query.counts = [&](const access::SnpSlot& s) { return access::reach(s, at.latitude, at.longitude, kRadiusKm).within; };
  }
  auto candidates = access::search_free_slots(c, query);
  std::size_t read = candidates.size();
  auto ranked = access::rank_slots(std::move(candidates), at.latitude, at.longitude, kRadiusKm, 10);
  millis.push_back(micros_since(start) / 1000);
  benchmark::DoNotOptimize(ranked);
  results += ranked.size();
  return read;
}

/// One search from each of `points` in turn, an iteration each; the percentiles as counters.
void run_searches(benchmark::State& state, const SlotDatabase& d, const std::vector<RequestPoint>& points,
                  access::Urgency urgency, bool early_stop, bool remote_too) {
  db::Lease lease = d.db->read();
  std::vector<double> millis;
  std::size_t candidates = 0, results = 0, i = 0;
  for (auto _ : state) {
    candidates += search_once(*lease, d.now, points[i++ % points.size()], urgency, millis, results, early_stop,
                              remote_too);
    state.SetIterationTime(millis.back() / 1000);
  }
  auto n = static_cast<double>(millis.size());
  state.counters["candidates"] = static_cast<double>(candidates) / n;
  state.counters["results"] = static_cast<double>(results) / n;
  state.counters["p50_ms"] = percentile(millis, 50);
  state.counters["p99_ms"] = percentile(millis, 99);
  state.counters["max_ms"] = millis.back();
  state.counters["p99_under_20ms"] = percentile(millis, 99) < 20 ? 1 : 0;
}

// The 1,000 request points once each, in one urgency window; remote slots suit the patient
// (mode "any", the default), or not (`in_person`: only the squares around them are read, and
// the early stop waits for in-person slots within the radius).
void BM_SnpSlotSearch(benchmark::State& state, access::Urgency urgency, bool in_person) {
  if (SlotDatabase* d = ready(state)) run_searches(state, *d, request_points(*d), urgency, true, !in_person);
}
BENCHMARK_CAPTURE(BM_SnpSlotSearch, same_day, access::Urgency::same_day, false)
    ->UseManualTime()->Iterations(kRequestPoints)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SnpSlotSearch, h24, access::Urgency::h24, false)
    ->UseManualTime()->Iterations(kRequestPoints)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SnpSlotSearch, h48, access::Urgency::h48, false)
    ->UseManualTime()->Iterations(kRequestPoints)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SnpSlotSearch, h48_in_person, access::Urgency::h48, true)
    ->UseManualTime()->Iterations(kRequestPoints)->Unit(benchmark::kMillisecond);

// The worst case: a dense centre of the big CPTS, 48 h window (the most candidate slots); with
// `read_all`, the store reads every matching slot of the window instead of stopping early.
void BM_SnpSlotSearchDenseCentreH48(benchmark::State& state, bool read_all) {
  if (SlotDatabase* d = ready(state)) run_searches(state, *d, dense_centres(*d), access::Urgency::h48, !read_all, true);
}
BENCHMARK_CAPTURE(BM_SnpSlotSearchDenseCentreH48, early_stop, false)
    ->UseManualTime()->Iterations(kRequestPoints)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SnpSlotSearchDenseCentreH48, read_all_baseline, true)
    ->UseManualTime()->Iterations(kRequestPoints)->Unit(benchmark::kMillisecond);

// The query plan of search_free_slots' statement on the million slots: printed, and the benchmark
// fails unless it walks the partial index snp_slots_free_by_cpts in start order.
void BM_SnpSlotSearchPlan(benchmark::State& state) {
  SlotDatabase* d = ready(state);
  if (!d) return;
  db::Lease lease = d->db->read();
  std::string plan;
  for (auto _ : state) plan = testing::snp_search_plan(*lease);
  std::fprintf(stderr, "search_free_slots plan: %s\n", plan.c_str());
  state.SetLabel(plan);
  if (!testing::snp_search_plan_walks_index(plan)) {
    state.SkipWithError("the slot search does not walk snp_slots_free_by_cpts in start order");
  }
}
BENCHMARK(BM_SnpSlotSearchPlan)->Iterations(1);

}  // namespace
}  // namespace maillage::bench
