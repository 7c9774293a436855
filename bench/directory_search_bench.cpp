// Directory search (`search_professionals`, what `GET /api/directory` runs) on a national-size
// directory: the database left by bench/rpps_import_bench.sh after importing the generated
// 2,000,000-line RPPS file (env MAILLAGE_BENCH_DIRECTORY_DB; the benchmarks are skipped without
// it). Target (issue #5): p99 under 5 ms. Baseline in the same run: the same name queries as a
// naive `LIKE` scan of the professionals, what the index saves.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.h"
#include "directory/directory_search.h"
#include "referential/referential.h"

namespace maillage::bench {
namespace {

struct Directory {
  std::unique_ptr<db::Database> db;
  std::unique_ptr<referential::ReferentialService> service;
  std::string missing;

  Directory() {
    quiet_logs();
    const char* path = std::getenv("MAILLAGE_BENCH_DIRECTORY_DB");
    if (!path || !std::filesystem::exists(path)) {
      missing = "set MAILLAGE_BENCH_DIRECTORY_DB to a database holding an imported directory (bench/rpps_import_bench.sh)";
      return;
    }
    db = open_migrated(path);
    service = std::make_unique<referential::ReferentialService>(*db);
    service->reload();
  }
};

Directory& directory() {
  static Directory d;
  return d;
}

/// The imported directory, or nothing (the benchmark is then skipped, saying why).
Directory* ready(benchmark::State& state) {
  auto& d = directory();
  if (d.missing.empty()) return &d;
  state.SkipWithError(d.missing.c_str());
  return nullptr;
}

struct NamedQuery {
  std::string name;
  directory::DirectoryQuery query;
};

/// What coordinators and partners look for, from a name to a profession around a town.
std::vector<NamedQuery> query_mix(const referential::Referential& ref) {
  auto words = [](std::string text) {
    directory::DirectoryQuery q;
    q.text = std::move(text);
    return q;
  };
  auto near = [&ref](std::string text, const std::string& commune, double radius, std::string profession = {}) {
    directory::DirectoryQuery q;
    q.text = std::move(text);
    q.profession = std::move(profession);
    const auto& point = *ref.commune(commune)->coordinates;
    q.near = directory::Circle{point.latitude, point.longitude, radius};
    return q;
  };
  auto in_commune = [&ref](const std::string& commune, std::string profession) {
    directory::DirectoryQuery q;
    q.profession = std::move(profession);
    q.places = directory::places_of_commune(ref, *ref.commune(commune));
    return q;
  };
  directory::DirectoryQuery accepting = near("", "31555", 20, "10");
  accepting.accepts_new_patients = true;
  directory::DirectoryQuery accepting_anywhere;
  accepting_anywhere.profession = "10";
  accepting_anywhere.accepts_new_patients = true;
  return {
      {"name_martin", words("martin")},                       // the most common surname
      {"name_prefix_lef", words("lef")},                      // a prefix being typed
      {"first_and_last", words("marie dupont")},              // two words
      {"kine_near_marseille_10km", near("kiné", "13202", 10)}, // the scenario
      {"gp_near_toulouse_accepting", accepting},              // médecin traitant search
      {"nurses_in_paris", in_commune("75056", "60")},         // a profession in the largest commune
      {"gp_in_marseille", in_commune("13055", "10")},
      {"pharmacie_near_lyon_5km", near("pharmacie", "69123", 5)},
      {"walk_no_criterion", directory::DirectoryQuery{}},      // the first page of everything
      {"kine_anywhere", words("kiné")},                       // a profession word: 276,000 matches
      {"gp_accepting_anywhere", accepting_anywhere},          // capacity without a place
  };
}

void BM_DirectorySearch(benchmark::State& state) {
  Directory* directory_ = ready(state);
  if (!directory_) return;
  auto& d = *directory_;
  auto ref = d.service->current();
  auto queries = query_mix(*ref);
  db::Lease lease = d.db->read();
  std::vector<double> micros;
  std::size_t hits = 0, i = 0;
  for (auto _ : state) {
    const auto& q = queries[i++ % queries.size()].query;
    auto start = Clock::now();
    auto page = directory::search_professionals(*lease, *ref, q);
    double us = micros_since(start);
    benchmark::DoNotOptimize(page);
    state.SetIterationTime(us / 1e6);
    micros.push_back(us);
    hits += page.total.value_or(page.items.size());
  }
  state.counters["matches_per_call"] = static_cast<double>(hits) / static_cast<double>(micros.size());
  state.counters["p50_us"] = percentile(micros, 50);
  state.counters["p99_us"] = percentile(micros, 99);
  state.counters["max_us"] = micros.back();
}
BENCHMARK(BM_DirectorySearch)->UseManualTime()->Unit(benchmark::kMicrosecond)->MinTime(5);

// One query of the mix at a time, to see which one sets the p99.
void BM_DirectorySearchQuery(benchmark::State& state) {
  Directory* directory_ = ready(state);
  if (!directory_) return;
  auto& d = *directory_;
  auto ref = d.service->current();
  auto queries = query_mix(*ref);
  const auto& named = queries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(named.name);
  db::Lease lease = d.db->read();
  for (auto _ : state) {
    auto page = directory::search_professionals(*lease, *ref, named.query);
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(BM_DirectorySearchQuery)->DenseRange(0, 10)->Unit(benchmark::kMicrosecond);

// Baseline: the name queries as a `LIKE` scan (case-insensitive for ASCII only, no accents).
void BM_DirectoryNameLikeScanBaseline(benchmark::State& state) {
  Directory* directory_ = ready(state);
  if (!directory_) return;
  auto& d = *directory_;
  db::Lease lease = d.db->read();
  const std::vector<std::string> patterns = {"martin%", "lef%", "dupont%"};
  std::size_t i = 0;
  for (auto _ : state) {
    auto& st = lease->query(
        "SELECT national_id FROM professionals WHERE last_name LIKE ? ORDER BY last_name, first_name LIMIT 20",
        patterns[i++ % patterns.size()]);
    int rows = 0;
    while (st.step()) ++rows;
    benchmark::DoNotOptimize(rows);
  }
}
BENCHMARK(BM_DirectoryNameLikeScanBaseline)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace maillage::bench
