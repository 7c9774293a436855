// In-process commune search (`Referential::search`, what `GET /api/communes?q=` runs) and the
// building of the in-memory snapshot from the database (start-up and after each import).
// Target (issue): search p99 under 2 ms in-process.
//
// The referential is imported once into a temporary SQLite file, and the snapshot loaded once
// through ReferentialService, as the server does at start-up.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <exception>
#include <filesystem>
#include <system_error>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bench_support.h"
#include "referential/importer.h"
#include "referential/referential.h"
#include "referential/store.h"

namespace maillage::bench {
namespace {

/// The imported database and its snapshot, shared by every benchmark of this file.
struct Loaded {
  TempDir dir;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<referential::ReferentialService> service;
  std::shared_ptr<const referential::Referential> snapshot;

  Loaded() {
    quiet_logs();
    try {
      {
        auto importer = open_migrated(dir.path() / "bench.db");
        referential::import_referential(*importer, packages_dir(), false);
        importer->close();
      }
      // Reopened, as `maillage serve` does after `maillage refdata import`: the pool's reader
      // used by the migrations step would otherwise still hold its pre-import read snapshot
      // (see docs/benchmarks.md, "Findings").
      db = open_migrated(dir.path() / "bench.db");
      service = std::make_unique<referential::ReferentialService>(*db);
      service->reload();
      snapshot = service->current();
    } catch (const std::exception& e) {
      fail(e.what());
    }
    if (snapshot->empty()) fail("the referential is empty");
  }
  // Benchmarks cannot carry on without the data: say why, remove the temporary files, stop.
  [[noreturn]] void fail(const std::string& why) {
    std::cerr << "cannot prepare the search benchmarks: " << why << " (MAILLAGE_PACKAGES=" << packages_dir()
              << ")\n";
    if (db) db->close();
    std::error_code ec;
    std::filesystem::remove_all(dir.path(), ec);
    std::_Exit(1);
  }
  ~Loaded() { db->close(); }
};

Loaded& loaded() {
  static Loaded instance;
  return instance;
}

struct NamedQuery {
  std::string label;
  referential::SearchQuery query;
};

referential::SearchQuery text_query(std::string text) {
  referential::SearchQuery q;
  q.text = std::move(text);
  return q;  // limit 20, the API's default page
}

referential::SearchQuery departement_query(std::string departement) {
  referential::SearchQuery q;
  q.departement = std::move(departement);
  return q;
}

/// What people type in the commune search box, from precise to very broad.
std::vector<NamedQuery> query_mix() {
  return {
      {"marseille_3", text_query("marseille 3")},    // name + arrondissement number
      {"evry", text_query("evry")},                  // accent folding (Évry-Courcouronnes)
      {"st_etienne", text_query("st etienne")},      // abbreviation expansion
      {"13003", text_query("13003")},                // a postcode
      {"pa", text_query("pa")},                      // two letters: thousands of prefix matches
      {"saint", text_query("saint")},                // the most frequent word of commune names
      {"a", text_query("a")},                        // one letter: the broadest prefix
      {"la_roche_sur", text_query("la roche sur")},  // several words, intersections
      {"2A004", text_query("2A004")},                // an INSEE code (Ajaccio, Corse-du-Sud)
      {"dep_13_no_text", departement_query("13")},   // a département filter with empty text
      {"dep_976_no_text", departement_query("976")}, // same, small département (Mayotte): long scan
  };
}

// Times every call individually (manual time) and reports the p50 and p99 of those calls.
void run_search(benchmark::State& state, const std::vector<NamedQuery>& queries) {
  const auto& ref = *loaded().snapshot;
  std::vector<double> micros;
  micros.reserve(1 << 16);
  std::size_t hits = 0, i = 0;
  for (auto _ : state) {
    const auto& q = queries[i++ % queries.size()].query;
    auto start = Clock::now();
    referential::SearchPage page = ref.search(q);
    benchmark::DoNotOptimize(page);
    double us = micros_since(start);
    benchmark::ClobberMemory();
    state.SetIterationTime(us / 1e6);
    micros.push_back(us);
    hits += page.hits.size();
  }
  state.counters["hits_per_call"] = micros.empty() ? 0 : static_cast<double>(hits) / static_cast<double>(micros.size());
  state.counters["p50_us"] = percentile(micros, 50);
  state.counters["p99_us"] = percentile(micros, 99);
  state.counters["max_us"] = micros.empty() ? 0 : micros.back();
}

// Reads the whole stored referential back from SQLite and builds the snapshot with its lookups
// and search index (ReferentialService::reload, as at server start-up).
void BM_SnapshotLoad(benchmark::State& state) {
  auto& l = loaded();
  for (auto _ : state) {
    l.service->reload();
    auto snap = l.service->current();
    benchmark::DoNotOptimize(snap);
  }
  state.counters["communes"] = static_cast<double>(l.snapshot->data().communes.size());
}
BENCHMARK(BM_SnapshotLoad)->Unit(benchmark::kMillisecond);

// Only the SQL read of the stored dataset (read_stored_dataset).
void BM_SnapshotReadDataset(benchmark::State& state) {
  auto& l = loaded();
  for (auto _ : state) {
    db::Lease lease = l.db->read();
    referential::Dataset d = referential::read_stored_dataset(*lease);
    benchmark::DoNotOptimize(d);
  }
}
BENCHMARK(BM_SnapshotReadDataset)->Unit(benchmark::kMillisecond);

// Only the in-memory part: Referential::build (lookups + search index) from a read dataset.
// The copy of the dataset handed to it is not timed.
void BM_SnapshotBuildIndex(benchmark::State& state) {
  auto& l = loaded();
  referential::Dataset source;
  {
    db::Lease lease = l.db->read();
    source = referential::read_stored_dataset(*lease);
  }
  for (auto _ : state) {
    referential::Dataset copy = source;
    auto start = Clock::now();
    auto snap = referential::Referential::build(std::move(copy), "bench");
    benchmark::DoNotOptimize(snap);
    state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
    snap.reset();  // destruction not timed either
  }
}
BENCHMARK(BM_SnapshotBuildIndex)->UseManualTime()->Unit(benchmark::kMillisecond);

void register_search_benchmarks() {
  auto mix = query_mix();
  for (const auto& nq : mix) {
    benchmark::RegisterBenchmark(("BM_Search/" + nq.label).c_str(),
                                 [q = std::vector<NamedQuery>{nq}](benchmark::State& s) { run_search(s, q); })
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
  }
  // The whole mix in rotation: one p99 over every kind of query.
  benchmark::RegisterBenchmark("BM_Search/mix", [mix](benchmark::State& s) { run_search(s, mix); })
      ->UseManualTime()
      ->Unit(benchmark::kMicrosecond);
}

[[maybe_unused]] const bool registered = (register_search_benchmarks(), true);

}  // namespace
}  // namespace maillage::bench
